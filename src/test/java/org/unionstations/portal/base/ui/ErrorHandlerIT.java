package org.unionstations.portal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.SQLTransientConnectionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.base.ConcurrentEditException;

/**
 * Failures nobody handled end in one translated message on screen, never in silence: the
 * generic one carries an incident id that the log has too, with the stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorHandlerIT extends KaribuViewTest {

	private static final Pattern INCIDENT = Pattern.compile("[0-9A-F]{8}");

	@Test
	void an_exception_from_a_button_listener_shows_a_message_with_an_incident_id_that_is_logged(CapturedOutput log) {
		login("planner");
		click(e -> {
			throw new IllegalStateException("listener broke");
		});

		String message = notificationText();
		assertThat(message).startsWith("发生了意外错误，操作没有完成。");
		Matcher id = INCIDENT.matcher(message);
		assertThat(id.find()).as("an incident id in %s", message).isTrue();
		assertThat(log.getAll()).contains("Incident " + id.group())
			.contains("java.lang.IllegalStateException: listener broke")
			.contains("at org.unionstations.portal.base.ui.ErrorHandlerIT");
	}

	@Test
	void access_denied_says_that_the_user_may_no_longer_change_this() {
		login("operator");
		click(e -> {
			throw new AccessDeniedException("Access Denied");
		});
		assertThat(notificationText()).isEqualTo("你已无权进行此操作（例如负责的站点已被调整）。请刷新页面查看当前内容。");
	}

	@Test
	void a_concurrent_edit_and_an_unreachable_database_have_their_own_messages() {
		login("planner");
		click(e -> {
			throw new ConcurrentEditException("station 1");
		});
		assertThat(notificationText()).isEqualTo("在此期间其他人修改了这条记录，你的修改没有保存。请重新加载后再改。");
		NotificationsKt.clearNotifications();

		click(e -> {
			throw new CannotCreateTransactionException("Could not open JPA EntityManager",
					new SQLTransientConnectionException("Connection is not available, request timed out"));
		});
		assertThat(notificationText()).startsWith("数据库暂时无法连接，操作没有完成，请稍后重试。（事件编号 ").matches(".*[0-9A-F]{8}）");
	}

	@Test
	void an_error_inside_ui_access_reaches_the_same_handler(CapturedOutput log) {
		login("planner");
		UI.getCurrent().access(() -> {
			throw new OutOfMemoryError("Java heap space (simulated)");
		});
		// runs the pending access tasks as Vaadin does after a request
		MockVaadin.runUIQueue(true);

		String message = notificationText();
		Matcher id = INCIDENT.matcher(message);
		assertThat(id.find()).as("an incident id in %s", message).isTrue();
		assertThat(log.getAll()).contains("Incident " + id.group()).contains("OutOfMemoryError");
	}

	@Test
	void english_users_get_the_message_in_english() {
		login("planner");
		UI.getCurrent().setLocale(PortalI18NProvider.ENGLISH);
		click(e -> {
			throw new AccessDeniedException("Access Denied");
		});
		assertThat(notificationText()).startsWith("You may no longer change this");
	}

	/**
	 * Clicks like the browser does: Vaadin's RPC handler gives whatever a listener throws
	 * to the session's error handler (Karibu's click lets it through to the caller
	 * instead).
	 */
	private static void click(ComponentEventListener<ClickEvent<Button>> listener) {
		Button button = new Button("try", listener);
		UI.getCurrent().add(button);
		try {
			ButtonKt._click(button);
		}
		catch (RuntimeException | Error failure) {
			VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
			return;
		}
		fail("the listener did not throw");
	}

	private static String notificationText() {
		return _get(Notification.class, s -> s.withId(PortalErrorHandler.NOTIFICATION_ID)).getElement()
			.getProperty("text");
	}

}
