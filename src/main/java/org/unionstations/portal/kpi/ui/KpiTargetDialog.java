package org.unionstations.portal.kpi.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;

import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.ui.ConflictDialog;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.kpi.KpiDefinition;
import org.unionstations.portal.kpi.KpiDirection;
import org.unionstations.portal.kpi.KpiTargetService;

/**
 * One KPI's target in a buffered form: target, direction, last year's actual, the
 * seasonal profile (even, or a weight per month) and each district's part with their sum
 * against the target. Nothing changes until the service accepts the whole form; its
 * problems show at their fields, a save that lost a race names who saved first. Readers
 * who cannot edit see the same form read-only.
 */
class KpiTargetDialog extends Dialog {

	private final KpiDefinition kpi;

	private final KpiTargetService targets;

	private final Consumer<KpiDefinition> saved;

	private final Runnable reload;

	private final Binder<TargetItem> binder = new Binder<>();

	private final Map<String, HasValidation> fields = new HashMap<>();

	private final BigDecimalField target = new BigDecimalField();

	private final List<BigDecimalField> months = new ArrayList<>();

	private final Map<DistrictRef, BigDecimalField> splits = new java.util.LinkedHashMap<>();

	private final Span splitSum = new Span();

	private final KpiFormat format;

	/**
	 * @param saved told the KPI as stored after a save
	 * @param reload after a conflict, to show the KPI as someone else saved it
	 */
	KpiTargetDialog(KpiDefinition kpi, List<DistrictRef> districts, boolean editable, KpiTargetService targets,
			KpiLabels labels, Consumer<KpiDefinition> saved, Runnable reload) {
		this.kpi = kpi;
		this.targets = targets;
		this.saved = saved;
		this.reload = reload;
		this.format = new KpiFormat(getLocale());
		setId("kpi-target-dialog");
		setHeaderTitle(getTranslation("kpi.targets.dialog-title", kpi.name(getLocale()),
				getTranslation("kpi.board.year-item", String.valueOf(kpi.year()))));
		setWidth("min(860px, 96vw)");

		Paragraph about = new Paragraph(getTranslation("kpi.targets.about", kpi.code(), labels.source(kpi.source()),
				kpi.unit(getLocale()).isEmpty() ? "–" : kpi.unit(getLocale()), labels.aggregation(kpi.aggregation())));
		about.setId("kpi-target-about");
		about.addClassName("kpi-target-about");

		FormLayout main = new FormLayout();
		main.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 3));
		target.setLabel(getTranslation("kpi.field.target"));
		target.setId("target-value");
		binder.forField(target)
			.asRequired(getTranslation("validation.required"))
			.bind(TargetItem::getTarget, TargetItem::setTarget);
		fields.put("target", target);
		Select<KpiDirection> direction = new Select<>();
		direction.setLabel(getTranslation("kpi.field.direction"));
		direction.setId("target-direction");
		direction.setItems(KpiDirection.values());
		direction.setItemLabelGenerator(labels::direction);
		binder.forField(direction)
			.asRequired(getTranslation("validation.required"))
			.bind(TargetItem::getDirection, TargetItem::setDirection);
		fields.put("direction", direction);
		BigDecimalField lastYear = new BigDecimalField(getTranslation("kpi.field.lastYearActual"));
		lastYear.setId("target-last-year");
		lastYear.setHelperText(getTranslation("kpi.targets.last-year-help", String.valueOf(kpi.year() - 1)));
		binder.forField(lastYear).bind(TargetItem::getLastYearActual, TargetItem::setLastYearActual);
		fields.put("lastYearActual", lastYear);
		main.add(target, direction, lastYear);

		add(about, main, profile(), split(districts));

		binder.readBean(new TargetItem(kpi));
		binder.setReadOnly(!editable);
		showSplitSum();

		Button cancel = new Button(getTranslation(editable ? "action.cancel" : "action.close"), e -> close());
		cancel.setId("target-cancel");
		getFooter().add(cancel);
		if (editable) {
			Button save = new Button(getTranslation("action.save"), e -> save());
			save.setId("target-save");
			save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			getFooter().add(save);
		}
	}

	private com.vaadin.flow.component.Component profile() {
		Checkbox even = new Checkbox(getTranslation("kpi.targets.even"));
		even.setId("target-even");
		binder.forField(even).bind(TargetItem::isEven, TargetItem::setEven);
		FormLayout grid = new FormLayout();
		grid.setId("target-months");
		grid.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 3), new FormLayout.ResponsiveStep("520px", 6));
		for (int m = 1; m <= 12; m++) {
			int month = m;
			BigDecimalField weight = new BigDecimalField(getTranslation("kpi.targets.month", month));
			weight.setId("target-month-" + month);
			binder.forField(weight)
				.withValidator(w -> even.getValue() || w != null, getTranslation("validation.required"))
				.withValidator(w -> w == null || w.signum() >= 0, getTranslation("kpi.validation.profile"))
				.bind(i -> i.getWeight(month), (i, w) -> i.setWeight(month, w));
			months.add(weight);
			grid.add(weight);
		}
		fields.put("monthlyProfile", months.getFirst());
		even.addValueChangeListener(e -> grid.setVisible(!e.getValue()));
		Paragraph help = new Paragraph(getTranslation("kpi.targets.profile-help"));
		help.addClassName("kpi-help");
		return new com.vaadin.flow.component.html.Div(sectionTitle("kpi.field.monthlyProfile"), help, even, grid);
	}

	private com.vaadin.flow.component.Component split(List<DistrictRef> districts) {
		FormLayout grid = new FormLayout();
		grid.setId("target-splits");
		grid.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("520px", 3));
		for (DistrictRef d : districts) {
			BigDecimalField part = new BigDecimalField(d.name(getLocale()));
			part.setId("target-split-" + d.code());
			part.setClearButtonVisible(true);
			binder.forField(part).bind(i -> i.getSplit(d.id()), (i, v) -> i.setSplit(d.id(), v));
			part.addValueChangeListener(e -> showSplitSum());
			fields.put(KpiTargetService.DISTRICT_TARGET + d.id(), part);
			splits.put(d, part);
			grid.add(part);
		}
		target.addValueChangeListener(e -> showSplitSum());
		splitSum.setId("target-split-sum");
		splitSum.addClassName("kpi-split-sum");
		Paragraph help = new Paragraph(getTranslation("kpi.targets.split-help"));
		help.addClassName("kpi-help");
		return new com.vaadin.flow.component.html.Div(sectionTitle("kpi.field.districtTargets"), help, grid, splitSum);
	}

	private H4 sectionTitle(String key) {
		H4 title = new H4(getTranslation(key));
		title.addClassName("kpi-section-title");
		return title;
	}

	/** The district parts added up, against the target. */
	private void showSplitSum() {
		BigDecimal sum = splits.values()
			.stream()
			.map(BigDecimalField::getValue)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		boolean any = splits.values().stream().anyMatch(f -> f.getValue() != null);
		BigDecimal goal = target.getValue();
		splitSum.removeClassNames("kpi-split-under", "kpi-split-over");
		if (!any) {
			splitSum.setText(getTranslation("kpi.targets.split-none"));
			return;
		}
		String total = format.value(kpi, sum);
		if (goal == null) {
			splitSum.setText(getTranslation("kpi.targets.split-sum", total));
			return;
		}
		int cmp = sum.compareTo(goal);
		String difference = format.value(kpi, sum.subtract(goal).abs());
		String key = cmp == 0 ? "kpi.targets.split-equal"
				: cmp < 0 ? "kpi.targets.split-under" : "kpi.targets.split-over";
		splitSum.setText(getTranslation(key, total, format.value(kpi, goal), difference));
		if (cmp != 0) {
			splitSum.addClassName(cmp < 0 ? "kpi-split-under" : "kpi-split-over");
		}
	}

	private void save() {
		fields.values().forEach(f -> f.setInvalid(false));
		months.forEach(f -> f.setInvalid(false));
		TargetItem edited = new TargetItem();
		if (!binder.writeBeanIfValid(edited)) {
			return;
		}
		try {
			KpiDefinition stored = targets.update(kpi.id(), kpi.version(), edited.toDraft());
			close();
			saved.accept(stored);
			Notification
				.show(getTranslation("kpi.targets.saved", stored.name(getLocale())), 3000,
						Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (InvalidInputException e) {
			showProblems(e.problems());
		}
		catch (ConcurrentEditException e) {
			new ConflictDialog(e, () -> {
				close();
				reload.run();
			}).open();
		}
	}

	private void showProblems(List<FieldProblem> problems) {
		StringBuilder elsewhere = new StringBuilder();
		for (FieldProblem p : problems) {
			String message = getTranslation(p.messageKey(), p.args().toArray());
			HasValidation field = fields.get(p.field());
			if (field == null) {
				elsewhere.append(message).append('\n');
				continue;
			}
			field.setErrorMessage(message);
			field.setInvalid(true);
			if ("monthlyProfile".equals(p.field())) {
				months.forEach(m -> m.setInvalid(true));
			}
		}
		if (!elsewhere.isEmpty()) {
			Notification.show(elsewhere.toString().strip(), 6000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

}
