package org.unionstations.portal.programme.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.unionstations.portal.audit.Revision;
import org.unionstations.portal.audit.ui.HistoryGrid;
import org.unionstations.portal.base.ui.RowEditor;
import org.unionstations.portal.programme.ProgrammeStation;

/**
 * What the three programme grids share around Vaadin's Grid: the station columns, a
 * column per field with its header and sort property, the totals row (records per status,
 * sums), a history dialog per record, dates and paging.
 */
final class ProgrammeGrid<T> {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private final Grid<T> grid;

	private final String fieldKeyPrefix;

	private final Locale locale;

	private @Nullable FooterRow footer;

	ProgrammeGrid(Grid<T> grid, String fieldKeyPrefix, Locale locale) {
		this.grid = grid;
		this.fieldKeyPrefix = fieldKeyPrefix;
		this.locale = locale;
		grid.setId("programme-grid");
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		grid.setColumnReorderingAllowed(true);
		grid.setEmptyStateText(grid.getTranslation("programme.empty"));
	}

	/** Station name (kept in view when scrolling sideways), district and type. */
	void stationColumns(Function<T, ProgrammeStation> station) {
		grid.addColumn(i -> station.apply(i).name())
			.setHeader(grid.getTranslation("programme.station"))
			.setSortProperty("station")
			.setKey("station")
			.setFrozen(true)
			.setWidth("15em")
			.setFlexGrow(0)
			.setResizable(true)
			.setTooltipGenerator(i -> station.apply(i).name() + " · " + station.apply(i).address());
		grid.addColumn(i -> station.apply(i).districtName(locale))
			.setHeader(grid.getTranslation("station.district"))
			.setSortProperty("district")
			.setKey("district")
			.setAutoWidth(true);
		grid.addColumn(i -> grid.getTranslation("station.type." + station.apply(i).type().name()))
			.setHeader(grid.getTranslation("station.type"))
			.setSortProperty("stationType")
			.setKey("stationType")
			.setAutoWidth(true);
	}

	/** A column showing one field; sortable when {@code sortProperty} is given. */
	Grid.Column<T> column(String field, ValueProvider<T, ?> value, @Nullable String sortProperty) {
		Grid.Column<T> column = grid.addColumn(value)
			.setHeader(grid.getTranslation(fieldKeyPrefix + field))
			.setKey(field)
			.setAutoWidth(true)
			.setResizable(true);
		if (sortProperty != null) {
			column.setSortProperty(sortProperty);
		}
		return column;
	}

	/**
	 * The status column, edited with a select of the statuses (all of them, unless the
	 * caller narrows the items); wide enough to read while editing.
	 */
	<S extends Enum<S>> Select<S> statusColumn(RowEditor<T> editor, Binder<T> binder, String statusKeyPrefix,
			ValueProvider<T, S> get, Setter<T, S> set) {
		Grid.Column<T> column = column("status", i -> grid.getTranslation(statusKeyPrefix + get.apply(i).name()),
				"status");
		column.setAutoWidth(false);
		column.setWidth("9em");
		Select<S> field = new Select<>();
		field.setItemLabelGenerator(s -> grid.getTranslation(statusKeyPrefix + s.name()));
		binder.forField(editor.cell(column, "status", field))
			.asRequired(grid.getTranslation("validation.required"))
			.bind(get, set);
		return field;
	}

	/** A button per row that shows the record's history (who, when, old → new). */
	void historyColumn(Function<T, List<Revision>> history, BiFunction<String, String, String> valueLabel) {
		grid.addComponentColumn(item -> {
			Button button = new Button(VaadinIcon.TIME_BACKWARD.create(), e -> {
				HistoryGrid historyGrid = new HistoryGrid(f -> grid.getTranslation(fieldKeyPrefix + f), valueLabel);
				historyGrid.setRevisions(history.apply(item));
				Dialog dialog = new Dialog(historyGrid);
				dialog.setId("history-dialog");
				dialog.setHeaderTitle(grid.getTranslation("programme.history"));
				dialog.setWidth("min(960px, 95vw)");
				dialog.getFooter().add(new Button(grid.getTranslation("action.close"), c -> dialog.close()));
				dialog.open();
			});
			button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
			button.setAriaLabel(grid.getTranslation("programme.history"));
			button.setTooltipText(grid.getTranslation("programme.history"));
			button.addClassName("history-button");
			return button;
		})
			.setKey("history")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setHeader(grid.getTranslation("programme.history"))
			// always in view at the right edge, however far the grid is scrolled sideways
			.setFrozenToEnd(true);
	}

	/** A sum under its column (a totals row, made on first use). */
	void footer(String columnKey, String text) {
		Grid.Column<T> column = grid.getColumnByKey(columnKey);
		if (column != null) {
			FooterRow row = footer == null ? grid.appendFooterRow() : footer;
			footer = row;
			row.getCell(column).setText(text);
		}
	}

	String date(@Nullable LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	static <T> PageRequest pageRequest(Query<T, Void> query) {
		PageRequest request = VaadinSpringDataHelpers.toSpringPageRequest(query);
		return request.getSort().isSorted() ? request : request.withSort(Sort.by("station"));
	}

}
