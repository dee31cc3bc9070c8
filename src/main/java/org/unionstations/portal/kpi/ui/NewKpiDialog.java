package org.unionstations.portal.kpi.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.kpi.KpiAggregation;
import org.unionstations.portal.kpi.KpiDefinition;
import org.unionstations.portal.kpi.KpiDirection;
import org.unionstations.portal.kpi.KpiSource;
import org.unionstations.portal.kpi.KpiTargetService;

/**
 * A KPI added to a year's catalogue (新增指标), so that a federation can build its own: code,
 * names and units in both languages, source, direction, aggregation (a figure the portal
 * computes is always a sum) and target. The service checks everything; its problems show
 * at their fields.
 */
class NewKpiDialog extends Dialog {

	private final KpiTargetService targets;

	private final Consumer<KpiDefinition> created;

	private final Binder<NewKpiItem> binder = new Binder<>();

	private final Map<String, HasValidation> fields = new HashMap<>();

	NewKpiDialog(int year, KpiTargetService targets, KpiLabels labels, Consumer<KpiDefinition> created) {
		this.targets = targets;
		this.created = created;
		setId("kpi-new-dialog");
		setHeaderTitle(getTranslation("kpi.new.title"));
		setWidth("min(720px, 96vw)");

		IntegerField yearField = new IntegerField(getTranslation("kpi.board.year"));
		yearField.setId("new-year");
		yearField.setMin(KpiTargetService.FIRST_YEAR);
		yearField.setMax(KpiTargetService.LAST_YEAR);
		yearField.setStepButtonsVisible(true);
		binder.forField(yearField)
			.asRequired(getTranslation("validation.required"))
			.bind(NewKpiItem::getYear, NewKpiItem::setYear);
		fields.put("year", yearField);

		TextField code = new TextField(getTranslation("kpi.field.code"));
		code.setId("new-code");
		code.setMaxLength(40);
		code.setAllowedCharPattern("[A-Za-z0-9_]");
		code.setHelperText(getTranslation("kpi.new.code-help"));
		binder.forField(code)
			.asRequired(getTranslation("validation.required"))
			.bind(NewKpiItem::getCode, NewKpiItem::setCode);
		fields.put("code", code);

		TextField nameZh = text("nameZh", KpiTargetService.NAME_MAX, true, NewKpiItem::getNameZh,
				NewKpiItem::setNameZh);
		TextField nameEn = text("nameEn", KpiTargetService.NAME_MAX, true, NewKpiItem::getNameEn,
				NewKpiItem::setNameEn);
		TextField unitZh = text("unitZh", KpiTargetService.UNIT_MAX, false, NewKpiItem::getUnitZh,
				NewKpiItem::setUnitZh);
		TextField unitEn = text("unitEn", KpiTargetService.UNIT_MAX, false, NewKpiItem::getUnitEn,
				NewKpiItem::setUnitEn);

		Select<KpiSource> source = new Select<>();
		source.setLabel(getTranslation("kpi.field.source"));
		source.setId("new-source");
		source.setItems(KpiSource.values());
		source.setItemLabelGenerator(labels::source);
		binder.forField(source)
			.asRequired(getTranslation("validation.required"))
			.bind(NewKpiItem::getSource, NewKpiItem::setSource);
		fields.put("source", source);

		Select<KpiDirection> direction = new Select<>();
		direction.setLabel(getTranslation("kpi.field.direction"));
		direction.setId("new-direction");
		direction.setItems(KpiDirection.values());
		direction.setItemLabelGenerator(labels::direction);
		binder.forField(direction)
			.asRequired(getTranslation("validation.required"))
			.bind(NewKpiItem::getDirection, NewKpiItem::setDirection);
		fields.put("direction", direction);

		Select<KpiAggregation> aggregation = new Select<>();
		aggregation.setLabel(getTranslation("kpi.field.aggregation"));
		aggregation.setId("new-aggregation");
		aggregation.setItems(KpiAggregation.values());
		aggregation.setItemLabelGenerator(labels::aggregation);
		aggregation.setHelperText(getTranslation("kpi.new.aggregation-help"));
		binder.forField(aggregation)
			.asRequired(getTranslation("validation.required"))
			.bind(NewKpiItem::getAggregation, NewKpiItem::setAggregation);
		fields.put("aggregation", aggregation);
		// a figure the portal computes is a sum of its records
		source.addValueChangeListener(e -> {
			boolean computed = e.getValue() != null && e.getValue().computed();
			aggregation.setReadOnly(computed);
			if (computed) {
				aggregation.setValue(KpiAggregation.SUM);
			}
		});

		BigDecimalField target = new BigDecimalField(getTranslation("kpi.field.target"));
		target.setId("new-target");
		binder.forField(target)
			.asRequired(getTranslation("validation.required"))
			.bind(NewKpiItem::getTarget, NewKpiItem::setTarget);
		fields.put("target", target);

		FormLayout form = new FormLayout(yearField, code, nameZh, nameEn, unitZh, unitEn, source, direction,
				aggregation, target);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
		add(form);
		binder.readBean(new NewKpiItem(year));

		Button cancel = new Button(getTranslation("action.cancel"), e -> close());
		cancel.setId("new-cancel");
		Button save = new Button(getTranslation("action.save"), e -> save());
		save.setId("new-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(cancel, save);
	}

	private TextField text(String field, int max, boolean required,
			com.vaadin.flow.function.ValueProvider<NewKpiItem, String> get,
			com.vaadin.flow.data.binder.Setter<NewKpiItem, String> set) {
		TextField text = new TextField(getTranslation("kpi.field." + field));
		text.setId("new-" + field);
		text.setMaxLength(max);
		Binder.BindingBuilder<NewKpiItem, String> binding = binder.forField(text);
		if (required) {
			binding = binding.asRequired(getTranslation("validation.required"));
		}
		binding.bind(get, set);
		fields.put(field, text);
		return text;
	}

	private void save() {
		fields.values().forEach(f -> f.setInvalid(false));
		NewKpiItem edited = new NewKpiItem(0);
		if (!binder.writeBeanIfValid(edited)) {
			return;
		}
		try {
			KpiDefinition kpi = targets.create(edited.toDraft());
			close();
			created.accept(kpi);
			Notification
				.show(getTranslation("kpi.new.created", kpi.name(getLocale()), kpi.year()), 3000,
						Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (InvalidInputException e) {
			for (FieldProblem p : e.problems()) {
				HasValidation field = fields.getOrDefault(p.field(), fields.get("code"));
				field.setErrorMessage(getTranslation(p.messageKey(), p.args().toArray()));
				field.setInvalid(true);
			}
		}
	}

}
