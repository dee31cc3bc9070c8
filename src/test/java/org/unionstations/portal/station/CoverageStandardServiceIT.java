package org.unionstations.portal.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.base.ConcurrentEditException;

/**
 * The service radius is an editable record like a station: a save is based on the version
 * that was read, and a save from a stale read is refused and overwrites nothing.
 */
@PortalIT
@Transactional
class CoverageStandardServiceIT {

	@Autowired
	CoverageStandardService standards;

	@Test
	@WithUserDetails("planner")
	void a_save_based_on_a_version_someone_else_has_replaced_is_refused_and_changes_nothing() {
		RadiusSetting read = setting(StationType.HEART_STATION);
		int historyBefore = standards.history(StationType.HEART_STATION).size();

		// the first planner saves from the version both of them read
		RadiusSetting first = standards.setRadius(StationType.HEART_STATION, 1234, read.version());
		assertThat(first.version()).isGreaterThan(read.version());

		// the second planner's form still holds the old version
		assertThatThrownBy(() -> standards.setRadius(StationType.HEART_STATION, 777, read.version()))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(standards.radius(StationType.HEART_STATION)).isEqualTo(1234);
		assertThat(standards.history(StationType.HEART_STATION)).hasSize(historyBefore + 1);

		// after reading again the save goes through
		standards.setRadius(StationType.HEART_STATION, 777, setting(StationType.HEART_STATION).version());
		assertThat(standards.radius(StationType.HEART_STATION)).isEqualTo(777);
	}

	private RadiusSetting setting(StationType type) {
		return standards.list().stream().filter(s -> s.type() == type).findFirst().orElseThrow();
	}

}
