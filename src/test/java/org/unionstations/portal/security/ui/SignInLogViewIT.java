package org.unionstations.portal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.base.ClockConfig;
import org.unionstations.portal.security.SignInEntry;
import org.unionstations.portal.security.SignInLogFilter;
import org.unionstations.portal.security.SignInLogService;
import org.unionstations.portal.security.SignInOutcome;

/** The admin's sign-in log: newest first, filters, and nobody else may read it. */
class SignInLogViewIT extends KaribuViewTest {

	@Autowired
	private SignInLogService service;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void threeAttemptsOfOneUsername() {
		jdbc.sql("DELETE FROM sign_in_log WHERE username ILIKE 'karibu-log%'").update();
		logged("2023-06-01T09:00", "karibu-log", "SUCCESS", "Mozilla/5.0 (X11; Linux x86_64) Chrome/140");
		logged("2023-06-02T10:30", "karibu-log", "BAD_CREDENTIALS", null);
		logged("2023-06-03T23:59:30", "Karibu-Log", "THROTTLED", "curl/8.5");
	}

	@Test
	void an_admin_reads_attempts_newest_first_and_narrows_them() {
		login("admin");
		UI.getCurrent().navigate("admin/sign-ins");
		assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("登录日志");
		Grid<SignInEntry> grid = grid();

		_get(TextField.class, s -> s.withId("sign-in-username")).setValue("KARIBU-log");
		assertThat(GridKt._size(grid)).isEqualTo(3);
		assertThat(_get(Span.class, s -> s.withId("sign-in-count")).getText()).isEqualTo("共 3 条记录");
		assertThat(column(grid, "time")).containsExactly("2023-06-03 23:59:30", "2023-06-02 10:30:00",
				"2023-06-01 09:00:00");
		assertThat(column(grid, "username")).containsExactly("Karibu-Log", "karibu-log", "karibu-log");
		assertThat(column(grid, "outcome")).containsExactly("尝试过多被拒绝", "用户名或密码错误", "登录成功");
		assertThat(column(grid, "address")).containsOnly("198.51.100.77");
		assertThat(GridKt._getFormatted(grid, 2, "userAgent")).isEqualTo("Mozilla/5.0 (X11; Linux x86_64) Chrome/140");

		@SuppressWarnings("unchecked")
		ComboBox<SignInOutcome> outcome = _get(ComboBox.class, s -> s.withId("sign-in-outcome"));
		outcome.setValue(SignInOutcome.BAD_CREDENTIALS);
		assertThat(column(grid, "time")).containsExactly("2023-06-02 10:30:00");
		outcome.clear();

		// days in China Standard Time, both ends included
		_get(DatePicker.class, s -> s.withId("sign-in-from")).setValue(LocalDate.of(2023, 6, 2));
		_get(DatePicker.class, s -> s.withId("sign-in-to")).setValue(LocalDate.of(2023, 6, 3));
		assertThat(column(grid, "time")).containsExactly("2023-06-03 23:59:30", "2023-06-02 10:30:00");
	}

	@Test
	void a_planner_is_refused_the_log_by_the_view_and_by_the_service() {
		login("planner");
		UI.getCurrent().navigate("admin/sign-ins");
		assertThat(_get(H2.class, s -> s.withId("access-denied-title")).getText()).isEqualTo("无权访问");
		_assertNone(SignInLogView.class);
		assertThatThrownBy(() -> service.list(SignInLogFilter.ALL, PageRequest.of(0, 10)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> service.count(SignInLogFilter.ALL)).isInstanceOf(AccessDeniedException.class);
	}

	@SuppressWarnings("unchecked")
	private static Grid<SignInEntry> grid() {
		return _get(Grid.class, s -> s.withId("sign-in-grid"));
	}

	private static java.util.List<String> column(Grid<SignInEntry> grid, String key) {
		return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormatted(grid, row, key)).toList();
	}

	private void logged(String chinaTime, String username, String outcome, String userAgent) {
		OffsetDateTime at = LocalDateTime.parse(chinaTime).atZone(ClockConfig.ZONE).toOffsetDateTime();
		jdbc.sql("INSERT INTO sign_in_log (attempted_at, username, address, user_agent, outcome) "
				+ "VALUES (:at, :u, '198.51.100.77', :ua, :o)")
			.param("at", at)
			.param("u", username)
			.param("ua", userAgent)
			.param("o", outcome)
			.update();
	}

}
