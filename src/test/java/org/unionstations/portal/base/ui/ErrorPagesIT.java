package org.unionstations.portal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.unionstations.portal.KaribuViewTest;

/**
 * An address that leads nowhere, a bad or unknown id in it, or a view the role may not
 * open: a translated page inside the app frame with a way back, never a stack trace or
 * Vaadin's English route list. (An unknown address is covered in the browser:
 * {@code ErrorPagesE2EIT}, since Spring Security sees it first.)
 */
class ErrorPagesIT extends KaribuViewTest {

	@Test
	void an_id_that_is_not_a_number_shows_the_not_found_page() {
		login("planner");
		UI.getCurrent().navigate("stations/edit/abc");
		assertNotFoundPage("这个地址没有对应的页面，或者它所指的记录已不存在。");
	}

	@Test
	void an_unknown_station_id_shows_the_not_found_page() {
		login("planner");
		UI.getCurrent().navigate("stations/edit/99999999");
		assertNotFoundPage("要找的记录不存在或已被删除。");
	}

	@Test
	void a_view_the_role_may_not_open_shows_the_access_denied_page() {
		login("leader");
		UI.getCurrent().navigate("users");
		assertThat(_get(H2.class, s -> s.withId("access-denied-title")).getText()).isEqualTo("无权访问");
		assertThat(_get(Paragraph.class, s -> s.withId("access-denied-text")).getText()).isEqualTo("你的角色不能打开这个页面。");
		assertWayBackInsideTheFrame();
	}

	@Test
	void the_pages_speak_english_too() {
		login("planner");
		UI.getCurrent().setLocale(PortalI18NProvider.ENGLISH);
		UI.getCurrent().navigate("stations/edit/abc");
		assertThat(_get(H2.class, s -> s.withId("not-found-title")).getText()).isEqualTo("Page not found");
		assertThat(_get(Anchor.class, s -> s.withId("error-home")).getText()).isEqualTo("Go to the home page");
	}

	private static void assertNotFoundPage(String text) {
		assertThat(_get(H2.class, s -> s.withId("not-found-title")).getText()).isEqualTo("页面不存在");
		assertThat(_get(Paragraph.class, s -> s.withId("not-found-text")).getText()).isEqualTo(text);
		assertWayBackInsideTheFrame();
	}

	private static void assertWayBackInsideTheFrame() {
		// inside the app frame: the menu and the signed-in user are there
		_get(MainLayout.class);
		Anchor home = _get(Anchor.class, s -> s.withId("error-home"));
		assertThat(home.getText()).isEqualTo("返回首页");
		assertThat(home.getHref()).isEqualTo(".");
		assertThat(_get(Button.class, s -> s.withId("error-back")).getText()).isEqualTo("返回上一页");
	}

}
