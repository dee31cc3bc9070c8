package org.unionstations.portal.audit.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.audit.FieldChange;
import org.unionstations.portal.audit.Revision;

/**
 * Who changed what and when: one line per changed field of each revision, newest first,
 * with field names and values in the user's language (the owning view says how to name
 * fields and show values).
 */
public class HistoryGrid extends Composite<Grid<HistoryGrid.Line>> {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Shanghai"));

	/** One changed field of one revision, ready to show. */
	public record Line(String when, String who, String action, String field, String oldValue, String newValue) {
	}

	private final Function<String, String> fieldLabel;

	private final BiFunction<String, @Nullable String, String> valueLabel;

	/**
	 * @param fieldLabel the field's name for users
	 * @param valueLabel a value (never null) of a field for users
	 */
	public HistoryGrid(Function<String, String> fieldLabel, BiFunction<String, String, String> valueLabel) {
		this.fieldLabel = fieldLabel;
		this.valueLabel = (field, value) -> value == null ? "—" : valueLabel.apply(field, value);
		Grid<Line> grid = getContent();
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
				GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.addColumn(Line::when).setHeader(getTranslation("history.when")).setAutoWidth(true).setKey("when");
		grid.addColumn(Line::who).setHeader(getTranslation("history.who")).setAutoWidth(true).setKey("who");
		grid.addColumn(Line::action).setHeader(getTranslation("history.action")).setAutoWidth(true).setKey("action");
		grid.addColumn(Line::field).setHeader(getTranslation("history.field")).setAutoWidth(true).setKey("field");
		grid.addColumn(Line::oldValue).setHeader(getTranslation("history.old")).setFlexGrow(1).setKey("old");
		grid.addColumn(Line::newValue).setHeader(getTranslation("history.new")).setFlexGrow(1).setKey("new");
		grid.setAllRowsVisible(true);
		grid.setEmptyStateText(getTranslation("history.empty"));
	}

	public void setRevisions(List<Revision> revisions) {
		getContent().setItems(revisions.stream()
			.flatMap(r -> (r.changes().isEmpty() ? List.of(new FieldChange("", null, null)) : r.changes()).stream()
				.map(c -> new Line(WHEN.format(r.changedAt()), r.changedBy(),
						getTranslation("audit.action." + r.action().name()),
						c.field().isEmpty() ? "" : fieldLabel.apply(c.field()),
						c.field().isEmpty() ? "" : valueLabel.apply(c.field(), c.oldValue()),
						c.field().isEmpty() ? "" : valueLabel.apply(c.field(), c.newValue()))))
			.toList());
	}

	public List<Line> lines() {
		return getContent().getListDataView().getItems().toList();
	}

}
