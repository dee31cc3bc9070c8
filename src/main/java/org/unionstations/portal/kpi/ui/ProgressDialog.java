package org.unionstations.portal.kpi.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.ui.ConflictDialog;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.kpi.KpiDefinition;
import org.unionstations.portal.kpi.KpiProgressService;
import org.unionstations.portal.kpi.ProgressDraft;
import org.unionstations.portal.kpi.ProgressRow;

/**
 * A progress entry added or edited in a buffered form: day, district (empty: city-wide),
 * amount, correction and note. The service's problems show at their fields; a save that
 * lost a race names who saved first.
 */
class ProgressDialog extends Dialog {

	/** Saves the entry: a new one when {@code row} is null. */
	@FunctionalInterface
	interface Save {

		ProgressRow save(@Nullable ProgressRow row, ProgressDraft draft);

	}

	private final KpiDefinition kpi;

	private final @Nullable ProgressRow row;

	private final Save save;

	private final Runnable saved;

	private final Binder<ProgressItem> binder = new Binder<>();

	private final Map<String, HasValidation> fields = new HashMap<>();

	/**
	 * @param row the entry edited, or null for a new one
	 * @param saved after a save, and after a conflict the user chose to reload
	 */
	ProgressDialog(KpiDefinition kpi, @Nullable ProgressRow row, List<DistrictRef> districts, LocalDate today,
			Save save, Runnable saved) {
		this.kpi = kpi;
		this.row = row;
		this.save = save;
		this.saved = saved;
		setId("progress-dialog");
		setHeaderTitle(getTranslation(row == null ? "kpi.progress.add-title" : "kpi.progress.edit-title",
				kpi.name(getLocale())));
		setWidth("min(640px, 96vw)");

		DatePicker date = new DatePicker(getTranslation("kpi.progress.field.date"));
		date.setId("progress-date");
		date.setLocale(getLocale());
		date.setMin(LocalDate.of(kpi.year(), 1, 1));
		LocalDate yearEnd = LocalDate.of(kpi.year(), 12, 31);
		date.setMax(today.isBefore(yearEnd) ? today : yearEnd);
		binder.forField(date)
			.asRequired(getTranslation("validation.required"))
			.bind(ProgressItem::getDate, ProgressItem::setDate);
		fields.put("date", date);

		ComboBox<DistrictRef> district = new ComboBox<>(getTranslation("kpi.progress.field.district"));
		district.setId("progress-district");
		district.setItems(districts);
		district.setItemLabelGenerator(d -> d.name(getLocale()));
		district.setPlaceholder(getTranslation("kpi.detail.city-wide"));
		district.setHelperText(getTranslation("kpi.progress.district-help"));
		district.setClearButtonVisible(true);
		binder.forField(district).bind(ProgressItem::getDistrict, ProgressItem::setDistrict);
		fields.put("district", district);

		BigDecimalField amount = new BigDecimalField(getTranslation("kpi.progress.field.amount"));
		amount.setId("progress-amount");
		amount.setSuffixComponent(new com.vaadin.flow.component.html.Span(kpi.unit(getLocale())));
		binder.forField(amount)
			.asRequired(getTranslation("validation.required"))
			.bind(ProgressItem::getAmount, ProgressItem::setAmount);
		fields.put("amount", amount);

		Checkbox correction = new Checkbox(getTranslation("kpi.progress.field.correction"));
		correction.setId("progress-correction");
		correction.setTooltipText(getTranslation("kpi.progress.correction-help"));
		binder.forField(correction).bind(ProgressItem::isCorrection, ProgressItem::setCorrection);

		TextArea note = new TextArea(getTranslation("kpi.progress.field.note"));
		note.setId("progress-note");
		note.setMaxLength(KpiProgressService.NOTE_MAX);
		binder.forField(note).withNullRepresentation("").bind(ProgressItem::getNote, ProgressItem::setNote);
		fields.put("note", note);

		FormLayout form = new FormLayout(date, district, amount, correction, note);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
		form.setColspan(note, 2);
		add(form);
		binder.readBean(row == null ? new ProgressItem() : new ProgressItem(row,
				districts.stream().filter(d -> d.id() == row.districtId()).findFirst().orElse(null)));
		if (row == null) {
			date.setValue(date.getMax());
		}

		Button cancel = new Button(getTranslation("action.cancel"), e -> close());
		cancel.setId("progress-cancel");
		Button ok = new Button(getTranslation("action.save"), e -> save());
		ok.setId("progress-save");
		ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(cancel, ok);
	}

	private void save() {
		fields.values().forEach(f -> f.setInvalid(false));
		ProgressItem edited = new ProgressItem();
		if (!binder.writeBeanIfValid(edited)) {
			return;
		}
		try {
			save.save(row, edited.toDraft(kpi.id()));
			close();
			saved.run();
			Notification.show(getTranslation("row-editor.saved"), 2500, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (InvalidInputException e) {
			StringBuilder elsewhere = new StringBuilder();
			for (FieldProblem p : e.problems()) {
				String message = getTranslation(p.messageKey(), p.args().toArray());
				HasValidation field = fields.get(p.field());
				if (field == null) {
					elsewhere.append(message).append('\n');
				}
				else {
					field.setErrorMessage(message);
					field.setInvalid(true);
				}
			}
			if (!elsewhere.isEmpty()) {
				Notification.show(elsewhere.toString().strip(), 6000, Notification.Position.MIDDLE)
					.addThemeVariants(NotificationVariant.LUMO_ERROR);
			}
		}
		catch (ConcurrentEditException e) {
			new ConflictDialog(e, () -> {
				close();
				saved.run();
			}).open();
		}
	}

}
