package org.unionstations.portal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;

import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.ui.ConflictDialog;
import org.unionstations.portal.security.PasswordPolicy;
import org.unionstations.portal.security.UserAccount;
import org.unionstations.portal.security.UserService;

/**
 * An admin sets a temporary password for a user (who forgot theirs): the user must change
 * it at their next sign-in, and their open sessions end.
 */
class TemporaryPasswordDialog extends Dialog {

	TemporaryPasswordDialog(UserService users, UserAccount account, Runnable changed) {
		setId("temporary-password-dialog");
		setHeaderTitle(getTranslation("user.set-temporary-password.title", account.username()));
		setWidth("min(480px, 95vw)");
		PasswordField password = new PasswordField(getTranslation("user.temporary-password"));
		password.setId("temporary-password");
		password.setWidthFull();
		password.setHelperText(getTranslation("password.policy.help", PasswordPolicy.MIN_LENGTH));
		Button save = new Button(getTranslation("action.save"), e -> {
			try {
				users.setTemporaryPassword(account.username(), password.getValue(), account.version());
				close();
				Notification
					.show(getTranslation("user.temporary-password.saved", account.username()), 3000,
							Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				changed.run();
			}
			catch (InvalidInputException refused) {
				password.setErrorMessage(FieldMessages.join(this, refused.problems()));
				password.setInvalid(true);
			}
			catch (ConcurrentEditException conflict) {
				close();
				new ConflictDialog(conflict, changed).open();
			}
		});
		save.setId("temporary-password-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(new Paragraph(getTranslation("user.set-temporary-password.text")), password);
		getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
	}

}
