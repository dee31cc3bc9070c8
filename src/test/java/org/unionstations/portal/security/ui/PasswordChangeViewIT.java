package org.unionstations.portal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.security.NewUser;
import org.unionstations.portal.security.Role;
import org.unionstations.portal.security.UserService;

/**
 * Changing one's own password: a user holding a temporary password is kept on the change
 * view wherever they go until they have chosen their own; the service's refusals are
 * shown at the fields they concern; everyone reaches the view from the drawer.
 */
class PasswordChangeViewIT extends KaribuViewTest {

	private static final String TEMPORARY = "Xianning-temp-2026";

	@Autowired
	UserService users;

	@Test
	void a_user_with_a_temporary_password_is_kept_on_the_change_view_until_they_chose_their_own() {
		newUser("pw.forced");
		login("pw.forced");

		// the sign-in lands on the start page: the gate sends them on
		_assertOne(PasswordChangeView.class);
		assertThat(_get(Paragraph.class, s -> s.withId("password-must-change")).getText())
			.startsWith("你正在使用管理员设置的临时密码");
		UI.getCurrent().navigate("map");
		_assertOne(PasswordChangeView.class);
		UI.getCurrent().navigate("stations");
		_assertOne(PasswordChangeView.class);
		assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("account/password");

		fill(TEMPORARY, "Own-password-2026", "Own-password-2026");
		ButtonKt._click(_get(Button.class, s -> s.withId("password-save")));

		NotificationsKt.expectNotifications("密码已修改，其他设备上的登录已失效");
		_assertNone(PasswordChangeView.class);
		UI.getCurrent().navigate("map");
		_assertNone(PasswordChangeView.class);
		assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("map");
		assertThat(users.mustChangePassword()).isFalse();
	}

	@Test
	void the_service_s_refusals_are_shown_at_the_fields_they_concern() {
		newUser("pw.fields");
		login("pw.fields");
		PasswordField current = field("password-current");
		PasswordField next = field("password-new");
		PasswordField repeated = field("password-repeat");

		ButtonKt._click(_get(Button.class, s -> s.withId("password-save")));
		assertThat(current.getErrorMessage()).isEqualTo("必填");
		assertThat(next.getErrorMessage()).isEqualTo("必填");

		fill("not-my-password", "pw.fields", "pw.fields");
		ButtonKt._click(_get(Button.class, s -> s.withId("password-save")));
		assertThat(current.isInvalid()).isTrue();
		assertThat(current.getErrorMessage()).isEqualTo("当前密码不正确");
		assertThat(next.isInvalid()).isTrue();
		assertThat(next.getErrorMessage()).isEqualTo("密码至少需要 10 个字符；密码不能与用户名相同");
		assertThat(repeated.isInvalid()).isFalse();

		fill(TEMPORARY, "Own-password-2026", "Own-password-2062");
		ButtonKt._click(_get(Button.class, s -> s.withId("password-save")));
		assertThat(repeated.isInvalid()).isTrue();
		assertThat(repeated.getErrorMessage()).isEqualTo("两次输入的新密码不一致");

		fill(TEMPORARY, "operator2", "operator2");
		ButtonKt._click(_get(Button.class, s -> s.withId("password-save")));
		assertThat(next.getErrorMessage()).contains("不能使用演示账号的密码");
		assertThat(users.mustChangePassword()).isTrue();
		_assertOne(PasswordChangeView.class);
	}

	@Test
	void every_user_reaches_the_change_view_from_the_drawer_without_being_held_there() {
		login("leader");
		ButtonKt._click(_get(Button.class, s -> s.withId("account-password")));
		_assertOne(PasswordChangeView.class);
		_assertNone(Paragraph.class, s -> s.withId("password-must-change"));
		UI.getCurrent().navigate("map");
		_assertNone(PasswordChangeView.class);
	}

	/** Created by an admin with a temporary password. */
	private void newUser(String username) {
		login("admin");
		users.create(new NewUser(username, "测试用户", Set.of(Role.LEADER), TEMPORARY));
		signOut();
	}

	private static PasswordField field(String id) {
		return _get(PasswordField.class, s -> s.withId(id));
	}

	private static void fill(String current, String next, String repeated) {
		HasValueUtilsKt._setValue(field("password-current"), current);
		HasValueUtilsKt._setValue(field("password-new"), next);
		HasValueUtilsKt._setValue(field("password-repeat"), repeated);
	}

}
