package org.unionstations.portal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.security.UserRow;
import org.unionstations.portal.security.UserService;

class UserListViewIT extends KaribuViewTest {

	@Autowired
	UserService users;

	@Test
	void an_admin_sees_every_user_with_roles() {
		login("admin");
		UI.getCurrent().navigate(UserListView.class);
		@SuppressWarnings("unchecked")
		Grid<UserRow> grid = _get(Grid.class, s -> s.withId("user-grid"));
		assertThat(GridKt._size(grid)).isEqualTo(5);
		assertThat(GridKt._getFormatted(grid, 2, "username")).isEqualTo("operator");
		assertThat(GridKt._getFormatted(grid, 2, "roles")).isEqualTo("站点运营人员");
		assertThat(GridKt._getFormatted(grid, 2, "stations")).isEqualTo("4");
	}

	@Test
	void a_planner_is_refused_the_user_list_by_the_view_and_by_the_service() {
		login("planner");
		UI.getCurrent().navigate("users");
		assertThat(_get(H2.class, s -> s.withId("access-denied-title")).getText()).isEqualTo("无权访问");
		_assertNone(UserListView.class);
		assertThatThrownBy(() -> users.list()).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void nobody_signed_in_is_sent_to_the_login_form() {
		UI.getCurrent().navigate("stations");
		_assertOne(LoginForm.class);
	}

}
