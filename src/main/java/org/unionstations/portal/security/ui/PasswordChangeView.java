package org.unionstations.portal.security.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.security.PasswordChange;
import org.unionstations.portal.security.PasswordPolicy;
import org.unionstations.portal.security.UserService;

/**
 * Every user changes their own password here (reached from the drawer's footer); a user
 * holding a temporary password is sent here after signing in and cannot open another view
 * until they have chosen their own ({@link PasswordChangeGate}). The service checks the
 * current password and the policy; its problems are shown at the fields. Their other
 * sessions end, this one stays signed in.
 */
@Route(PasswordChangeView.ROUTE)
@PermitAll
class PasswordChangeView extends VerticalLayout implements HasDynamicTitle {

	static final String ROUTE = "account/password";

	/** The form's values while typed. */
	static final class Values {

		private String current = "";

		private String next = "";

		private String repeated = "";

		String getCurrent() {
			return current;
		}

		void setCurrent(String current) {
			this.current = current;
		}

		String getNext() {
			return next;
		}

		void setNext(String next) {
			this.next = next;
		}

		String getRepeated() {
			return repeated;
		}

		void setRepeated(String repeated) {
			this.repeated = repeated;
		}

	}

	private final UserService users;

	private final Binder<Values> binder = new Binder<>();

	private final PasswordField current = new PasswordField();

	private final PasswordField next = new PasswordField();

	private final PasswordField repeated = new PasswordField();

	PasswordChangeView(UserService users) {
		this.users = users;
		setMaxWidth("40em");
		boolean forced = users.mustChangePassword();
		if (forced) {
			Paragraph must = new Paragraph(getTranslation("password.change.must"));
			must.setId("password-must-change");
			must.addClassName("password-notice");
			add(must);
		}
		current.setLabel(getTranslation("password.change.current"));
		current.setId("password-current");
		current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
		next.setLabel(getTranslation("password.change.new"));
		next.setId("password-new");
		next.setHelperText(getTranslation("password.policy.help", PasswordPolicy.MIN_LENGTH));
		next.setAutocomplete(Autocomplete.NEW_PASSWORD);
		repeated.setLabel(getTranslation("password.change.repeat"));
		repeated.setId("password-repeat");
		repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);

		binder.forField(current)
			.asRequired(getTranslation("validation.required"))
			.bind(Values::getCurrent, Values::setCurrent);
		binder.forField(next).asRequired(getTranslation("validation.required")).bind(Values::getNext, Values::setNext);
		binder.forField(repeated)
			.asRequired(getTranslation("validation.required"))
			.withValidator(value -> value.equals(next.getValue()), getTranslation("password.validation.mismatch"))
			.bind(Values::getRepeated, Values::setRepeated);
		binder.readBean(new Values());

		Button save = new Button(getTranslation("password.change.save"), e -> save());
		save.setId("password-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		FormLayout form = new FormLayout(current, next, repeated);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		add(new Paragraph(getTranslation("password.change.help")), form, save);
	}

	private void save() {
		Values values = new Values();
		if (!binder.writeBeanIfValid(values)) {
			return;
		}
		try {
			users.changeOwnPassword(new PasswordChange(values.getCurrent(), values.getNext(), values.getRepeated()));
			Notification.show(getTranslation("password.change.saved"), 4000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			binder.readBean(new Values());
			UI.getCurrent().navigate("");
		}
		catch (InvalidInputException refused) {
			show(refused.problems());
		}
	}

	private void show(List<FieldProblem> problems) {
		Map<String, HasValidation> fields = Map.of("currentPassword", current, "newPassword", next, "repeatedPassword",
				repeated);
		fields.forEach((name, field) -> {
			String message = FieldMessages.join(this, problems, name);
			if (!message.isEmpty()) {
				field.setErrorMessage(message);
				field.setInvalid(true);
			}
		});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("password.change.title");
	}

}
