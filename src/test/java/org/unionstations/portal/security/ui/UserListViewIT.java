package org.unionstations.portal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.map.MapFeature;
import org.unionstations.portal.map.MarkerClickEvent;
import org.unionstations.portal.map.PortalMap;
import org.unionstations.portal.security.NewUser;
import org.unionstations.portal.security.Role;
import org.unionstations.portal.security.StationDirectory;
import org.unionstations.portal.security.UserEdit;
import org.unionstations.portal.security.UserRow;
import org.unionstations.portal.security.UserService;

/**
 * The admin's user management as an admin uses it: the list with roles, status, stations
 * and last sign-in; creating a user with a temporary password (the policy's messages at
 * the field); editing one (refusals of a self lock-out at their fields, a conflict with
 * another admin); deleting an untouched user; assigning an operator's stations from the
 * list and on the map. The users created here have names of their own (the test database
 * is shared by the whole run).
 */
class UserListViewIT extends KaribuViewTest {

	@Autowired
	UserService users;

	@Autowired
	UserDetailsService details;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void an_admin_sees_every_user_with_roles_stations_status_and_last_sign_in() {
		login("admin");
		// the sign-in listener keeps the last sign-in (as Spring Security announces it)
		var leader = details.loadUserByUsername("leader");
		events.publishEvent(new AuthenticationSuccessEvent(
				UsernamePasswordAuthenticationToken.authenticated(leader, null, leader.getAuthorities())));
		UI.getCurrent().navigate(UserListView.class);

		Grid<UserRow> grid = grid();
		int operator = row(grid, "operator");
		assertThat(GridKt._getFormatted(grid, operator, "roles")).isEqualTo("站点运营人员");
		assertThat(GridKt._getFormatted(grid, operator, "stations")).isEqualTo("4");
		assertThat(GridKt._getFormatted(grid, operator, "status")).isEqualTo("已启用");
		assertThat(GridKt._getFormatted(grid, row(grid, "leader"), "lastSignIn"))
			.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
		assertThat(_get(Span.class, s -> s.withId("user-count")).getText()).matches("共 \\d+ 个用户");
	}

	@Test
	void an_admin_creates_a_user_and_sees_the_policy_s_messages_at_the_password_field() {
		login("admin");
		UI.getCurrent().navigate(UserListView.class);
		ButtonKt._click(_get(Button.class, s -> s.withId("user-new")));

		HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("user-username")), "view.new");
		HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("user-display-name")), "新来的");
		@SuppressWarnings("unchecked")
		CheckboxGroup<Role> roles = _get(CheckboxGroup.class, s -> s.withId("user-roles"));
		HasValueUtilsKt._setValue(roles, Set.of(Role.PLANNER));
		PasswordField password = _get(PasswordField.class, s -> s.withId("user-password"));
		HasValueUtilsKt._setValue(password, "planner");
		ButtonKt._click(_get(Button.class, s -> s.withId("user-save")));

		assertThat(password.isInvalid()).isTrue();
		assertThat(password.getErrorMessage()).contains("密码至少需要 10 个字符").contains("不能使用演示账号的密码");
		_assertOne(UserDialog.class);

		HasValueUtilsKt._setValue(password, "Xianning-view-2026");
		ButtonKt._click(_get(Button.class, s -> s.withId("user-save")));

		NotificationsKt.expectNotifications("已创建用户 view.new，请把临时密码告知本人");
		_assertNone(UserDialog.class);
		Grid<UserRow> grid = grid();
		int created = row(grid, "view.new");
		assertThat(GridKt._getFormatted(grid, created, "displayName")).isEqualTo("新来的");
		assertThat(GridKt._getFormatted(grid, created, "roles")).isEqualTo("规划人员");
		assertThat(GridKt._getFormatted(grid, created, "status")).isEqualTo("已启用；临时密码未改");
		assertThat(GridKt._getFormatted(grid, created, "lastSignIn")).isEqualTo("从未登录");
	}

	@Test
	void an_admin_cannot_take_their_own_admin_role_or_disable_themself_and_reads_why_at_the_fields() {
		login("admin");
		UI.getCurrent().navigate(UserListView.class);
		editRow("admin");

		@SuppressWarnings("unchecked")
		CheckboxGroup<Role> roles = _get(CheckboxGroup.class, s -> s.withId("user-roles"));
		HasValueUtilsKt._setValue(roles, Set.of(Role.PLANNER));
		Checkbox enabled = _get(Checkbox.class, s -> s.withId("user-enabled"));
		HasValueUtilsKt._setValue(enabled, false);
		// neither deleting nor a temporary password is offered for one's own account
		_assertNone(Button.class, s -> s.withId("user-delete"));
		_assertNone(Button.class, s -> s.withId("user-set-password"));
		ButtonKt._click(_get(Button.class, s -> s.withId("user-save")));

		assertThat(roles.isInvalid()).isTrue();
		assertThat(roles.getErrorMessage()).startsWith("不能取消你自己的系统管理员角色：否则可能再没有人能管理用户");
		assertThat(enabled.isInvalid()).isTrue();
		assertThat(enabled.getErrorMessage()).startsWith("不能停用你自己的账号");
		assertThat(users.account("admin").roles()).contains(Role.ADMIN);
	}

	@Test
	void an_untouched_user_is_offered_for_deletion_and_deleted() {
		login("admin");
		users.create(new NewUser("view.typo", "打错的账号", Set.of(Role.LEADER), "Xianning-view-2026"));
		UI.getCurrent().navigate(UserListView.class);
		editRow("view.typo");

		Button delete = _get(Button.class, s -> s.withId("user-delete"));
		assertThat(delete.isVisible()).isTrue();
		ButtonKt._click(delete);
		ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("user-delete-confirm"));
		BasicUtilsKt._fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

		NotificationsKt.expectNotifications("已删除用户 view.typo");
		assertThat(GridKt._findAll(grid())).extracting(UserRow::username).doesNotContain("view.typo");
	}

	@Test
	void an_admin_sets_a_temporary_password_checked_by_the_policy_at_its_field() {
		login("admin");
		users.create(new NewUser("view.forgot", "忘了密码", Set.of(Role.LEADER), "Xianning-view-2026"));
		long before = users.account("view.forgot").version();
		UI.getCurrent().navigate(UserListView.class);
		editRow("view.forgot");
		ButtonKt._click(_get(Button.class, s -> s.withId("user-set-password")));

		PasswordField password = _get(PasswordField.class, s -> s.withId("temporary-password"));
		HasValueUtilsKt._setValue(password, "view.forgot");
		ButtonKt._click(_get(Button.class, s -> s.withId("temporary-password-save")));
		assertThat(password.isInvalid()).isTrue();
		assertThat(password.getErrorMessage()).isEqualTo("密码不能与用户名相同");

		HasValueUtilsKt._setValue(password, "New-temporary-2026");
		ButtonKt._click(_get(Button.class, s -> s.withId("temporary-password-save")));
		_assertNone(TemporaryPasswordDialog.class);
		NotificationsKt.expectNotifications("已为 view.forgot 设置临时密码");
		assertThat(users.account("view.forgot").mustChangePassword()).isTrue();
		assertThat(users.account("view.forgot").version()).isGreaterThan(before);
	}

	@Test
	void saving_over_another_admin_s_change_opens_the_conflict_dialog() {
		login("admin");
		users.create(new NewUser("view.both", "两人同改", Set.of(Role.LEADER), "Xianning-view-2026"));
		UI.getCurrent().navigate(UserListView.class);
		editRow("view.both");
		// another admin saves first
		users.update("view.both",
				new UserEdit("另一位改的", Set.of(Role.LEADER), true, users.account("view.both").version()));

		HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("user-display-name")), "我改的");
		ButtonKt._click(_get(Button.class, s -> s.withId("user-save")));

		ConfirmDialog conflict = _get(ConfirmDialog.class, s -> s.withId("conflict-dialog"));
		assertThat(conflict.getElement().getProperty("message")).contains("admin");
		BasicUtilsKt._fireEvent(conflict, new ConfirmDialog.ConfirmEvent(conflict, true));
		assertThat(_get(TextField.class, s -> s.withId("user-display-name")).getValue()).isEqualTo("另一位改的");
		assertThat(users.account("view.both").displayName()).isEqualTo("另一位改的");
	}

	@Test
	void an_operator_s_stations_are_picked_in_the_list_and_on_the_map_in_step() {
		login("admin");
		users.create(new NewUser("view.op", "新运营", Set.of(Role.OPERATOR), "Xianning-view-2026"));
		List<StationDirectory.Entry> all = users.assignableStations();
		StationDirectory.Entry wenquan = all.stream()
			.filter(s -> s.name().equals("温泉路环卫工会驿站"))
			.findFirst()
			.orElseThrow();
		StationDirectory.Entry other = all.stream().filter(s -> !s.name().contains("温泉")).findFirst().orElseThrow();
		UI.getCurrent().navigate(UserListView.class);
		Grid<UserRow> userGrid = grid();
		ButtonKt._click(actionButton(userGrid, "view.op", "user-stations"));

		// the list, filtered by name
		HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("assignment-filter")), "温泉路");
		@SuppressWarnings("unchecked")
		Grid<StationDirectory.Entry> stations = _get(Grid.class, s -> s.withId("assignment-grid"));
		assertThat(GridKt._findAll(stations)).isNotEmpty().allMatch(s -> s.name().contains("温泉路"));
		stations.asMultiSelect().select(wenquan);
		HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("assignment-filter")), "");

		// the map: a click picks a station, a second click drops it again
		PortalMap map = _get(PortalMap.class, s -> s.withId("assignment-map"));
		assertThat(picked(map)).containsExactly(String.valueOf(wenquan.id()));
		click(map, other);
		click(map, all.getLast());
		assertThat(picked(map)).containsExactlyInAnyOrder(String.valueOf(wenquan.id()), String.valueOf(other.id()),
				String.valueOf(all.getLast().id()));
		click(map, all.getLast());
		assertThat(stations.asMultiSelect().getSelectedItems()).containsExactlyInAnyOrder(wenquan, other);
		assertThat(_get(Span.class, s -> s.withId("assignment-count")).getText()).isEqualTo("已选 2 个站点");

		ButtonKt._click(_get(Button.class, s -> s.withId("assignment-save")));
		NotificationsKt.expectNotifications("已为 view.op 分配 2 个站点");
		assertThat(users.account("view.op").stationIds()).containsExactlyInAnyOrder(wenquan.id(), other.id());
		assertThat(GridKt._getFormatted(grid(), row(grid(), "view.op"), "stations")).isEqualTo("2");
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

	@SuppressWarnings("unchecked")
	private static Grid<UserRow> grid() {
		return _get(Grid.class, s -> s.withId("user-grid"));
	}

	private static int row(Grid<UserRow> grid, String username) {
		List<UserRow> rows = GridKt._findAll(grid);
		return IntStream.range(0, rows.size())
			.filter(i -> rows.get(i).username().equals(username))
			.findFirst()
			.orElseThrow(() -> new AssertionError(username + " not in the grid"));
	}

	private static Button actionButton(Grid<UserRow> grid, String username, String className) {
		HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid, row(grid, username), "actions");
		return actions.getChildren()
			.map(Button.class::cast)
			.filter(b -> b.hasClassName(className))
			.findFirst()
			.orElseThrow();
	}

	private static void editRow(String username) {
		ButtonKt._click(actionButton(grid(), username, "user-edit"));
	}

	private static void click(PortalMap map, StationDirectory.Entry station) {
		BasicUtilsKt._fireEvent(map, new MarkerClickEvent(map, true, StationAssignmentDialog.LAYER,
				String.valueOf(station.id()), station.longitude(), station.latitude()));
	}

	/** The ids the map shows as picked (the red layer). */
	private static List<String> picked(PortalMap map) {
		return map.layer(StationAssignmentDialog.PICKED_LAYER)
			.orElseThrow()
			.features()
			.stream()
			.map(MapFeature::id)
			.toList();
	}

}
