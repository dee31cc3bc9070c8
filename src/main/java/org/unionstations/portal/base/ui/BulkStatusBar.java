package org.unionstations.portal.base.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.RowsRefusedException;

/**
 * One status for every selected row of a grid: the status, the date it needs where a row
 * has none, and the reason it needs; all or nothing. A refused batch is listed row by
 * row, each with what is wrong.
 *
 * @param <S> the status enum
 */
public class BulkStatusBar<S extends Enum<S>> extends Composite<FlexLayout> {

	/** What the user asked for. */
	public record Request<S>(S status, @Nullable LocalDate date, @Nullable String reason) {
	}

	private final Select<S> status = new Select<>();

	private final DatePicker date = new DatePicker();

	private final TextField reason = new TextField();

	private final Button apply = new Button();

	/**
	 * @param statusLabelKey prefix of the statuses' translation keys
	 * @param selected how many rows are selected
	 * @param change applies the request to the selected rows; returns how many changed
	 * @param done runs after a batch was applied
	 */
	public BulkStatusBar(Class<S> type, String statusLabelKey, IntSupplier selected,
			Function<Request<S>, Integer> change, Runnable done) {
		status.setId("bulk-status");
		status.setLabel(getTranslation("bulk.status"));
		status.setItems(type.getEnumConstants());
		status.setItemLabelGenerator(s -> getTranslation(statusLabelKey + s.name()));
		date.setId("bulk-date");
		date.setLabel(getTranslation("bulk.date"));
		date.setLocale(getLocale());
		reason.setId("bulk-reason");
		reason.setLabel(getTranslation("bulk.reason"));
		apply.setId("bulk-apply");
		apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		apply.addClickListener(e -> {
			if (status.getValue() == null) {
				status.setInvalid(true);
				status.setErrorMessage(getTranslation("validation.required"));
				return;
			}
			status.setInvalid(false);
			try {
				int n = change.apply(new Request<>(status.getValue(), date.getValue(), reason.getValue()));
				Notification.show(getTranslation("bulk.done", n), 3000, Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				done.run();
			}
			catch (RowsRefusedException refused) {
				showRefused(refused.rows());
			}
			catch (ConcurrentEditException conflict) {
				new ConflictDialog(conflict, done).open();
			}
		});
		FlexLayout bar = getContent();
		bar.setId("bulk-bar");
		bar.addClassName("bulk-bar");
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		bar.getStyle().set("gap", "var(--lumo-space-s)");
		bar.add(status, date, reason, apply);
		setSelected(selected.getAsInt());
	}

	/** Lets several rows of the grid be selected at once, and follows the selection. */
	public void selectFrom(Grid<?> grid) {
		grid.setSelectionMode(Grid.SelectionMode.MULTI);
		grid.addSelectionListener(e -> setSelected(e.getAllSelectedItems().size()));
	}

	/**
	 * Updates the button to the number of selected rows; the bar shows only while rows
	 * are selected, so it takes no room from the grid otherwise.
	 */
	public void setSelected(int count) {
		apply.setText(getTranslation("bulk.apply", count));
		apply.setEnabled(count > 0);
		getContent().setVisible(count > 0);
	}

	private void showRefused(List<RowsRefusedException.RefusedRow> rows) {
		Dialog dialog = new Dialog();
		dialog.setId("bulk-refused");
		dialog.setHeaderTitle(getTranslation("bulk.refused.title", rows.size()));
		UnorderedList list = new UnorderedList();
		for (RowsRefusedException.RefusedRow row : rows) {
			StringBuilder text = new StringBuilder(row.stationName()).append("：");
			for (FieldProblem p : row.problems()) {
				text.append(getTranslation(p.messageKey(), p.args().toArray())).append("；");
			}
			list.add(new ListItem(text.toString()));
		}
		dialog.add(new Paragraph(getTranslation("bulk.refused.text")), list);
		dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
		dialog.open();
	}

}
