package org.unionstations.portal.programme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.programme.Readiness;

/**
 * The legal-service and flagship grids as each role sees them over the 2026 demo data:
 * counts and totals that agree with the database, consultations from the reports, the
 * readiness details on demand, operators limited to their own stations.
 */
class ProgrammeViewsIT extends KaribuViewTest {

	@Autowired
	JdbcClient jdbc;

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	@SuppressWarnings("unchecked")
	void the_legal_grid_counts_the_years_add_ons_and_shows_reported_consultations() {
		login("leader");
		UI.getCurrent().navigate(LegalAddOnView.class);
		Grid<LegalItem> grid = _get(Grid.class, s -> s.withId("programme-grid"));
		long expected = count("SELECT count(*) FROM legal_addon WHERE programme_year = 2026");
		assertThat(GridKt._size(grid)).isEqualTo((int) expected);
		assertThat(_get(Span.class, s -> s.withId("row-count")).getText()).isEqualTo("共 " + expected + " 条");
		long active = count("SELECT count(*) FROM legal_addon WHERE programme_year = 2026 AND status = 'ACTIVE'");
		assertThat(_get(Span.class, s -> s.withId("status-counts")).getText()).contains("服务中 " + active);

		// each row's year-to-date consultations are its station's LEGAL_SERVICE report
		// figures
		for (LegalItem item : GridKt._fetch(grid, 0, (int) expected)) {
			long reported = jdbc.sql("""
					SELECT coalesce(sum(l.people_served), 0) FROM service_report r
					JOIN service_report_line l ON l.report_id = r.id AND l.category = 'LEGAL_SERVICE'
					WHERE r.station_id = :s AND r.month >= date_trunc('year', now() AT TIME ZONE 'Asia/Shanghai')
					  AND r.month <= now() AT TIME ZONE 'Asia/Shanghai'
					""").param("s", item.row().station().id()).query(Long.class).single();
			assertThat(item.row().consultationsYearToDate()).as(item.row().station().name()).isEqualTo(reported);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void a_flagship_rows_readiness_lists_each_criterion_met_or_missed() {
		login("planner");
		UI.getCurrent().navigate(FlagshipView.class);
		Grid<FlagshipItem> grid = _get(Grid.class, s -> s.withId("programme-grid"));
		assertThat(GridKt._size(grid))
			.isEqualTo((int) count("SELECT count(*) FROM flagship WHERE programme_year = 2026"));
		FlagshipItem first = GridKt._get(grid, 0);
		Readiness readiness = first.row().readiness();
		assertThat(readiness).isNotNull();

		Button score = (Button) GridKt._getCellComponent(grid, 0, "readiness");
		assertThat(score.getText()).isEqualTo(readiness.score().toPlainString());
		ButtonKt._click(score);
		Dialog dialog = _get(Dialog.class, s -> s.withId("readiness-dialog"));
		Grid<Readiness.Criterion> criteria = _get(dialog, Grid.class, s -> s.withId("readiness-criteria"));
		assertThat(GridKt._size(criteria)).isEqualTo(6);
	}

	@Test
	@SuppressWarnings("unchecked")
	void operators_see_only_their_own_stations_records() {
		login("operator");
		UI.getCurrent().navigate(SmartUpgradeView.class);
		Grid<UpgradeItem> grid = _get(Grid.class, s -> s.withId("programme-grid"));
		long own = count("""
				SELECT count(*) FROM smart_upgrade u JOIN operator_station o ON o.station_id = u.station_id
				JOIN app_user a ON a.id = o.user_id WHERE a.username = 'operator' AND u.programme_year = 2026
				""");
		assertThat(GridKt._size(grid)).isEqualTo((int) own);
	}

}
