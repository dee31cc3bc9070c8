package org.unionstations.portal.programme.ui;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.unionstations.portal.audit.ui.HistoryGrid;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.ui.ConflictDialog;
import org.unionstations.portal.programme.FlagshipCriterion;
import org.unionstations.portal.programme.ReadinessPolicy;
import org.unionstations.portal.programme.ReadinessService;
import org.unionstations.portal.security.Role;

/**
 * The flagship readiness rules (达标标准): the threshold an award needs and each criterion's
 * weight and target. Admins edit them in a buffered form (nothing changes until the
 * service accepts the whole form; a save based on outdated rules is refused with who
 * saved first); planners and leaders read them. Below, every change of the rules.
 */
@Route("programmes/flagships/readiness")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.PLANNER, Role.Name.LEADER })
class ReadinessSettingsView extends VerticalLayout implements HasDynamicTitle {

	private final ReadinessService readiness;

	private final Binder<PolicyItem> binder = new Binder<>();

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

	private final HistoryGrid history;

	private ReadinessPolicy policy;

	ReadinessSettingsView(ReadinessService readiness) {
		this.readiness = readiness;
		boolean editable = readiness.canEditPolicy();
		addClassName("readiness-settings-view");
		setMaxWidth("900px");

		Button back = new Button(getTranslation("programme.readiness.back"), VaadinIcon.ARROW_LEFT.create(),
				e -> getUI().ifPresent(ui -> ui.navigate(FlagshipView.class)));
		back.setId("readiness-back");
		back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		H2 title = new H2(getTranslation("programme.readiness.title"));
		title.setId("readiness-title");
		Paragraph explain = new Paragraph(getTranslation("programme.readiness.explain"));

		BigDecimalField threshold = new BigDecimalField(getTranslation("programme.readiness.threshold"));
		threshold.setId("readiness-threshold");
		threshold.setHelperText(getTranslation("programme.readiness.threshold-help"));
		binder.forField(threshold)
			.asRequired(getTranslation("validation.required"))
			.withValidator(t -> t.signum() >= 0 && t.compareTo(BigDecimal.valueOf(100)) <= 0,
					getTranslation("programme.flagship.validation.threshold"))
			.withValidator(t -> t.stripTrailingZeros().scale() <= 1,
					getTranslation("programme.flagship.validation.one-decimal"))
			.bind(PolicyItem::getThreshold, PolicyItem::setThreshold);
		fields.put("threshold", threshold);

		FormLayout criteria = new FormLayout();
		criteria.setId("readiness-criteria-form");
		criteria.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
		Map<FlagshipCriterion, IntegerField> weights = new EnumMap<>(FlagshipCriterion.class);
		for (FlagshipCriterion c : FlagshipCriterion.values()) {
			String name = getTranslation("programme.flagship.criterion." + c.name());
			IntegerField weight = new IntegerField(getTranslation("programme.readiness.weight-of", name));
			weight.setId("weight-" + c.name());
			weight.setMin(0);
			weight.setMax(100);
			weight.setStepButtonsVisible(true);
			binder.forField(weight)
				.asRequired(getTranslation("validation.required"))
				.withValidator(w -> w >= 0 && w <= 100, getTranslation("programme.flagship.validation.weight"))
				.bind(p -> p.getWeight(c), (p, w) -> p.setWeight(c, w));
			weights.put(c, weight);
			fields.put(c.name() + ".weight", weight);

			BigDecimalField target = new BigDecimalField(getTranslation("programme.readiness.target-of", name));
			target.setId("target-" + c.name());
			if (c.isYesNo()) {
				// met or not: the target is always 1
				target.setReadOnly(true);
				target.setHelperText(getTranslation("programme.readiness.yes-no"));
			}
			binder.forField(target)
				.asRequired(getTranslation("validation.required"))
				.withValidator(t -> t.signum() > 0, getTranslation("programme.flagship.validation.target"))
				.withValidator(t -> t.compareTo(ReadinessService.TARGET_MAX) <= 0,
						getTranslation("programme.flagship.validation.target-max", ReadinessService.TARGET_MAX))
				.withValidator(t -> t.stripTrailingZeros().scale() <= 1,
						getTranslation("programme.flagship.validation.one-decimal"))
				.bind(p -> p.getTarget(c), (p, t) -> p.setTarget(c, t));
			fields.put(c.name() + ".target", target);
			criteria.add(weight, target);
		}

		Button save = new Button(getTranslation("action.save"), e -> save());
		save.setId("readiness-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("action.cancel"), e -> load());
		cancel.setId("readiness-cancel");
		HorizontalLayout actions = new HorizontalLayout(save, cancel);
		actions.setVisible(editable);
		binder.setReadOnly(!editable);

		history = new HistoryGrid(this::fieldLabel, (field, value) -> value);
		history.setId("readiness-history");

		add(new HorizontalLayout(back, title), explain, threshold, criteria, actions,
				new H3(getTranslation("programme.readiness.history")), history);
		policy = readiness.policy();
		load();
	}

	private void load() {
		policy = readiness.policy();
		fields.values().forEach(f -> f.setInvalid(false));
		binder.readBean(new PolicyItem(policy));
		history.setRevisions(readiness.policyHistory());
	}

	private void save() {
		PolicyItem edited = new PolicyItem();
		if (!binder.writeBeanIfValid(edited)) {
			return;
		}
		try {
			readiness.updatePolicy(edited.toPolicy(policy));
			load();
			Notification.show(getTranslation("programme.readiness.saved"), 3000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (InvalidInputException e) {
			for (FieldProblem p : e.problems()) {
				HasValidation field = fields.getOrDefault(p.field(), fields.get("threshold"));
				field.setErrorMessage(getTranslation(p.messageKey(), p.args().toArray()));
				field.setInvalid(true);
			}
		}
		catch (ConcurrentEditException e) {
			new ConflictDialog(e, this::load).open();
		}
	}

	/** "threshold", or a criterion's "NAME.weight" / "NAME.target", for people. */
	private String fieldLabel(String field) {
		if ("threshold".equals(field)) {
			return getTranslation("programme.readiness.threshold");
		}
		int dot = field.indexOf('.');
		String name = getTranslation("programme.flagship.criterion." + field.substring(0, dot));
		return getTranslation("weight".equals(field.substring(dot + 1)) ? "programme.readiness.weight-of"
				: "programme.readiness.target-of", name);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("programme.readiness.title");
	}

}
