package org.unionstations.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.coverage.AnalysisRunner;
import org.unionstations.portal.station.Amenity;
import org.unionstations.portal.station.OpeningHours;
import org.unionstations.portal.station.StationDraft;
import org.unionstations.portal.station.StationFilter;
import org.unionstations.portal.station.StationRow;
import org.unionstations.portal.station.StationService;
import org.unionstations.portal.station.StationStatus;
import org.unionstations.portal.station.StationType;

/**
 * Another portal context started in the same JVM (a test with its own properties, such as
 * the OSM base map's, or a second instance talking to this one) makes its own
 * Vaadin-aware {@link SecurityContextHolderStrategy}, with its own thread-local, the
 * JVM-wide one: Vaadin's auto-configuration sets it when a context starts. This context's
 * services must still know who calls them, as its method security does: they read this
 * context's strategy, never the JVM-wide holder (decision 0020). Each test here stands in
 * for such a start by putting a fresh strategy in the JVM-wide holder.
 */
@PortalIT
@Transactional
class SecurityContextPerApplicationIT {

	@Autowired
	SecurityContextHolderStrategy securityContext;

	@Autowired
	UserService users;

	@Autowired
	StationService stations;

	@Autowired
	AnalysisRunner analyses;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	UserDetailsService details;

	@Autowired
	JdbcClient jdbc;

	private SecurityContextHolderStrategy before;

	@BeforeEach
	void anotherPortalStartsInThisJvm() {
		before = SecurityContextHolder.getContextHolderStrategy();
		SecurityContextHolder.setContextHolderStrategy(new VaadinAwareSecurityContextHolderStrategy());
		assertThat(SecurityContextHolder.getContextHolderStrategy()).isNotSameAs(securityContext);
	}

	@AfterEach
	void itStopsAgain() {
		securityContext.clearContext();
		SecurityContextHolder.setContextHolderStrategy(before);
	}

	@Test
	@WithUserDetails("operator")
	void an_operator_still_sees_only_their_own_stations() {
		List<StationRow> own = stations.list(StationFilter.ALL, PageRequest.of(0, 100));

		assertThat(own).extracting(StationRow::name)
			.containsExactlyInAnyOrder("温泉路环卫工会驿站", "永安大道快递小哥工会驿站", "银泉大道环卫工会驿站", "咸宁市中心医院爱心母婴室");
	}

	@Test
	void an_admin_s_changes_are_allowed_and_logged_under_their_name() {
		signIn("admin");
		users.create(new NewUser("zhou.min", "周敏", Set.of(Role.LEADER), "Xianning-2026-temp"));

		assertThat(jdbc.sql("""
				SELECT r.changed_by FROM change_revision r JOIN app_user u ON u.id = r.entity_id
				WHERE r.entity_type = 'APP_USER' AND u.username = 'zhou.min'
				""").query(String.class).list()).containsExactly("admin");
	}

	@Test
	void a_new_station_records_who_created_it() {
		signIn("planner");
		StationDraft draft = new StationDraft();
		draft.setType(StationType.UNION_POST_STATION);
		draft.setName("规划新建测试驿站");
		draft.setAddress("温泉路1号");
		draft.setLongitude(114.32);
		draft.setLatitude(29.84);
		draft.setStatus(StationStatus.PLANNED);
		draft.setOpeningHours(OpeningHours.ALWAYS);
		draft.setServices(Set.of(Amenity.WIFI));

		long id = stations.create(draft).id();

		assertThat(jdbc.sql("SELECT created_by || ' ' || updated_by FROM station WHERE id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("planner planner");
	}

	@Test
	void a_long_analysis_runs_as_whoever_started_it() {
		signIn("planner");

		assertThat(analyses.submit(() -> currentUser.require().getUsername()).join()).isEqualTo("planner");
	}

	/** As a sign-in through this context's filter chain would leave it. */
	private void signIn(String username) {
		UserDetails user = details.loadUserByUsername(username);
		securityContext.setContext(new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
	}

}
