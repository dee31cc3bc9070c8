package org.unionstations.portal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.unionstations.portal.KaribuViewTest;

/** What the login view says after a failed sign-in, depending on why it failed. */
class LoginViewIT extends KaribuViewTest {

	@Test
	void a_sign_in_that_could_not_be_checked_says_the_service_is_temporarily_unavailable() {
		UI.getCurrent().navigate("login", QueryParameters.of("unavailable", ""));
		LoginForm form = _get(LoginForm.class);
		assertThat(form.isError()).isTrue();
		assertThat(errorMessage(form)).contains("服务暂时不可用")
			.contains("数据库暂时无法连接")
			.contains("与用户名和密码无关")
			.doesNotContain("用户名或密码不正确");
	}

	@Test
	void wrong_credentials_still_say_so() {
		UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
		LoginForm form = _get(LoginForm.class);
		assertThat(form.isError()).isTrue();
		assertThat(errorMessage(form)).contains("用户名或密码不正确").doesNotContain("服务暂时不可用");
	}

	@Test
	void a_throttled_sign_in_says_how_many_minutes_to_wait_within_one_hour() {
		UI.getCurrent().navigate("login", QueryParameters.of("throttled", "4"));
		LoginForm form = _get(LoginForm.class);
		assertThat(form.isError()).isTrue();
		assertThat(errorMessage(form)).contains("登录尝试过于频繁").contains("请 4 分钟后再试").doesNotContain("用户名或密码不正确");

		// whatever the address says, never more than an hour and never nothing
		UI.getCurrent().navigate("login", QueryParameters.of("throttled", "100000"));
		assertThat(errorMessage(_get(LoginForm.class))).contains("请 60 分钟后再试");
		UI.getCurrent().navigate("login", QueryParameters.of("throttled", "soon"));
		assertThat(errorMessage(_get(LoginForm.class))).contains("请 1 分钟后再试");
	}

	@Test
	void a_login_page_refused_for_its_missing_csrf_token_says_it_had_expired() {
		UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));
		assertThat(errorMessage(_get(LoginForm.class))).contains("登录页面已过期").doesNotContain("用户名或密码不正确");
	}

	@Test
	void a_fresh_login_view_shows_no_error() {
		UI.getCurrent().navigate("login");
		assertThat(_get(LoginForm.class).isError()).isFalse();
	}

	/** The error message as the browser's login form gets it (its i18n property). */
	private static String errorMessage(LoginForm form) {
		return String.valueOf(form.getElement().getPropertyRaw("i18n"));
	}

}
