package org.unionstations.portal.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The days a station opened and closed follow its status changes. */
class StationStatusDatesTest {

	private static final LocalDate TODAY = LocalDate.now(Station.ZONE);

	@Test
	void a_station_registered_as_open_has_no_known_opening_day() {
		Station station = station(StationStatus.OPEN);
		assertThat(station.getOpenedOn()).isNull();
		assertThat(station.getClosedOn()).isNull();
	}

	@Test
	void opening_a_planned_station_records_the_day_closing_records_its_day_and_reopening_clears_it() {
		Station station = station(StationStatus.UNDER_CONSTRUCTION);
		station.setStatus(StationStatus.OPEN);
		assertThat(station.getOpenedOn()).isEqualTo(TODAY);

		station.setStatus(StationStatus.SUSPENDED, "检修");
		station.setStatus(StationStatus.CLOSED);
		assertThat(station.getClosedOn()).isEqualTo(TODAY);
		assertThat(station.getOpenedOn()).isEqualTo(TODAY);

		station.setStatus(StationStatus.OPEN);
		assertThat(station.getClosedOn()).isNull();
	}

	@Test
	void a_station_registered_as_closed_is_closed_from_that_day() {
		assertThat(station(StationStatus.CLOSED).getClosedOn()).isEqualTo(TODAY);
	}

	private static Station station(StationStatus status) {
		return new Station(StationType.UNION_POST_STATION, "测试驿站", "测试地址", StationService.point(114.32, 29.85), status);
	}

}
