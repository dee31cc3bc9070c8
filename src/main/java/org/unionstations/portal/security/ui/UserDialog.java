package org.unionstations.portal.security.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.ui.ConflictDialog;
import org.unionstations.portal.security.NewUser;
import org.unionstations.portal.security.PasswordPolicy;
import org.unionstations.portal.security.Role;
import org.unionstations.portal.security.UserAccount;
import org.unionstations.portal.security.UserEdit;
import org.unionstations.portal.security.UserService;

/**
 * Creates a user (username, name, roles, temporary password) or edits one (name, roles,
 * enabled), through a buffered binder: nothing is written until the service accepts it,
 * its problems are shown at their fields. Editing also offers a new temporary password
 * and, for a user who has changed nothing yet, deleting them.
 */
class UserDialog extends Dialog {

	/** The form's values while they are edited. */
	static final class Values {

		private String username = "";

		private String displayName = "";

		private Set<Role> roles = EnumSet.noneOf(Role.class);

		private boolean enabled = true;

		private String password = "";

		String getUsername() {
			return username;
		}

		void setUsername(String username) {
			this.username = username;
		}

		String getDisplayName() {
			return displayName;
		}

		void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		Set<Role> getRoles() {
			return roles;
		}

		void setRoles(Set<Role> roles) {
			this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		}

		boolean isEnabled() {
			return enabled;
		}

		void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		String getPassword() {
			return password;
		}

		void setPassword(String password) {
			this.password = password;
		}

	}

	private final UserService users;

	private final Runnable changed;

	private final boolean self;

	private @Nullable UserAccount account;

	private final Binder<Values> binder = new Binder<>();

	private final TextField username = new TextField();

	private final TextField displayName = new TextField();

	private final CheckboxGroup<Role> roles = new CheckboxGroup<>();

	private final Checkbox enabled = new Checkbox();

	private final PasswordField password = new PasswordField();

	private final Span problem = new Span();

	private final Map<String, HasValidation> fields;

	/**
	 * @param account the user to edit, or null to create one
	 * @param self whether the admin edits their own account
	 * @param changed called after every accepted change
	 */
	UserDialog(UserService users, @Nullable UserAccount account, boolean self, Runnable changed) {
		this.users = users;
		this.account = account;
		this.self = self;
		this.changed = changed;
		setId("user-dialog");
		setHeaderTitle(account == null ? getTranslation("user.new") : getTranslation("user.edit", account.username()));
		setWidth("min(560px, 95vw)");

		username.setLabel(getTranslation("user.username"));
		username.setId("user-username");
		username.setMaxLength(UserService.USERNAME_MAX);
		username.setHelperText(getTranslation("user.username.help"));
		displayName.setLabel(getTranslation("user.display-name"));
		displayName.setId("user-display-name");
		displayName.setMaxLength(UserService.DISPLAY_NAME_MAX);
		roles.setLabel(getTranslation("user.roles"));
		roles.setId("user-roles");
		roles.setItems(Role.values());
		roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
		enabled.setLabel(getTranslation("user.enabled"));
		enabled.setId("user-enabled");
		password.setLabel(getTranslation("user.temporary-password"));
		password.setId("user-password");
		password.setHelperText(getTranslation("password.policy.help", PasswordPolicy.MIN_LENGTH));
		problem.setId("user-problem");
		problem.addClassName("form-problem");

		binder.forField(username)
			.asRequired(getTranslation("validation.required"))
			.bind(Values::getUsername, Values::setUsername);
		binder.forField(displayName)
			.asRequired(getTranslation("validation.required"))
			.withValidator(
					new StringLengthValidator(getTranslation("validation.too-long", UserService.DISPLAY_NAME_MAX), 0,
							UserService.DISPLAY_NAME_MAX))
			.bind(Values::getDisplayName, Values::setDisplayName);
		binder.forField(roles)
			.asRequired(getTranslation("user.validation.roles-required"))
			.bind(Values::getRoles, Values::setRoles);
		binder.forField(enabled).bind(Values::isEnabled, Values::setEnabled);
		if (account == null) {
			binder.forField(password)
				.asRequired(getTranslation("validation.required"))
				.bind(Values::getPassword, Values::setPassword);
		}
		fields = Map.of("username", username, "displayName", displayName, "roles", roles, "enabled", enabled,
				"password", password);

		FormLayout form = new FormLayout();
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		form.add(username, displayName, roles);
		if (account == null) {
			form.add(password);
		}
		else {
			username.setReadOnly(true);
			form.add(enabled);
			if (self) {
				Span why = new Span(getTranslation("user.self-note"));
				why.addClassName("field-hint");
				form.add(why);
			}
		}
		form.add(problem);
		add(form);
		footer();
		read();
	}

	private void footer() {
		Button save = new Button(getTranslation("action.save"), e -> save());
		save.setId("user-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("action.cancel"), e -> close());
		cancel.setId("user-cancel");
		HorizontalLayout left = new HorizontalLayout();
		if (account != null) {
			Button temporary = new Button(getTranslation("user.set-temporary-password"),
					e -> new TemporaryPasswordDialog(users, current(), this::reloadAfterChange).open());
			temporary.setId("user-set-password");
			temporary.setVisible(!self);
			Button delete = new Button(getTranslation("action.delete"), e -> confirmDelete());
			delete.setId("user-delete");
			delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
			delete.setVisible(account.deletable());
			delete.setTooltipText(getTranslation("user.delete.help"));
			left.add(temporary, delete);
		}
		HorizontalLayout footer = new HorizontalLayout(left, cancel, save);
		footer.setWidthFull();
		footer.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		footer.setFlexGrow(1, left);
		getFooter().add(footer);
	}

	private UserAccount current() {
		if (account == null) {
			throw new IllegalStateException("no user yet");
		}
		return account;
	}

	private void read() {
		Values values = new Values();
		if (account != null) {
			values.setUsername(account.username());
			values.setDisplayName(account.displayName());
			values.setRoles(account.roles());
			values.setEnabled(account.enabled());
		}
		binder.readBean(values);
		problem.setText("");
	}

	private void save() {
		Values values = new Values();
		if (!binder.writeBeanIfValid(values)) {
			return;
		}
		try {
			UserAccount saved = account == null
					? users.create(new NewUser(values.getUsername(), values.getDisplayName(), values.getRoles(),
							values.getPassword()))
					: users.update(account.username(), new UserEdit(values.getDisplayName(), values.getRoles(),
							values.isEnabled(), account.version()));
			// closed first: a notification opened while a modal dialog is open belongs to
			// that dialog and would close with it
			close();
			Notification
				.show(getTranslation(account == null ? "user.created" : "user.saved", saved.username()), 3000,
						Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			changed.run();
		}
		catch (InvalidInputException e) {
			show(e.problems());
		}
		catch (ConcurrentEditException e) {
			new ConflictDialog(e, this::reload).open();
		}
	}

	private void confirmDelete() {
		ConfirmDialog confirm = new ConfirmDialog();
		confirm.setId("user-delete-confirm");
		confirm.setHeader(getTranslation("user.delete.title", current().username()));
		confirm.setText(getTranslation("user.delete.text"));
		confirm.setConfirmText(getTranslation("action.delete"));
		confirm.setConfirmButtonTheme("error primary");
		confirm.setCancelable(true);
		confirm.setCancelText(getTranslation("action.cancel"));
		confirm.addConfirmListener(e -> {
			try {
				users.delete(current().username(), current().version());
				confirm.close();
				close();
				Notification
					.show(getTranslation("user.deleted", current().username()), 3000,
							Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				changed.run();
			}
			catch (InvalidInputException refused) {
				show(refused.problems());
			}
			catch (ConcurrentEditException conflict) {
				new ConflictDialog(conflict, this::reload).open();
			}
		});
		confirm.open();
	}

	/** After a temporary password was set: the user's version moved on. */
	private void reloadAfterChange() {
		account = users.account(current().username());
		changed.run();
	}

	private void reload() {
		account = users.account(current().username());
		read();
	}

	private void show(List<FieldProblem> problems) {
		Map<String, List<FieldProblem>> byField = problems.stream()
			.collect(Collectors.groupingBy(FieldProblem::field, LinkedHashMap::new, Collectors.toList()));
		List<FieldProblem> elsewhere = new ArrayList<>();
		byField.forEach((name, fieldProblems) -> {
			HasValidation field = fields.get(name);
			if (field != null && (account == null || field != password)) {
				field.setErrorMessage(FieldMessages.join(this, fieldProblems));
				field.setInvalid(true);
			}
			else {
				elsewhere.addAll(fieldProblems);
			}
		});
		problem.setText(FieldMessages.join(this, elsewhere));
	}

}
