package org.unionstations.portal.station;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the year's programmes say about stations, for the station map and pages: which
 * badges a station carries now, and every programme record of one station. The programme
 * feature implements it, so the station feature shows programme facts without depending
 * on that feature.
 */
public interface StationProgrammes {

	/**
	 * A programme milestone a station has reached. Translations:
	 * {@code station.badge.<NAME>}.
	 */
	enum Badge {

		/** An awarded (and not revoked) flagship station: 旗舰站. */
		FLAGSHIP,
		/** An active legal-service add-on: 法律服务. */
		LEGAL_SERVICE,
		/** An accepted smart upgrade: 智能化. */
		SMART_UPGRADE

	}

	/**
	 * The programmes a station can take part in, with the address of each programme's
	 * grid (which reads {@code year} and {@code text} from the query string).
	 * Translations: {@code programme.<NAME>}.
	 */
	enum Kind {

		SMART_UPGRADE("programmes/upgrades"), LEGAL_SERVICE("programmes/legal"), FLAGSHIP("programmes/flagships");

		private final String path;

		Kind(String path) {
			this.path = path;
		}

		/** The route of the programme's grid. */
		public String path() {
			return path;
		}

	}

	/** A dated fact of a record: its label (a message key) and the date. */
	record KeyDate(String labelKey, LocalDate date) {
	}

	/**
	 * One programme record of a station, as the station pages list it: which programme
	 * and year, its status (a message key), its key dates in the order they happen, the
	 * partner (contractor or legal partner), the readiness score stored with a flagship
	 * award, and who changed it last, when.
	 */
	record ProgrammeRecord(Kind kind, long id, int year, String statusKey, List<KeyDate> dates,
			@Nullable String partner, @Nullable BigDecimal score, Instant updatedAt, String updatedBy) {

		public ProgrammeRecord {
			dates = List.copyOf(dates);
		}

	}

	/** The badges of each station that has any, among those the caller may see. */
	Map<Long, Set<Badge>> badges(Collection<Long> stationIds);

	/**
	 * The stations the caller may see that carry any of these badges (for a map filtered
	 * by programme: a few hundred at most, however many stations there are).
	 */
	Set<Long> stationsWith(Set<Badge> badges);

	/**
	 * Every programme record of the station, newest year first (then by programme);
	 * refused unless the caller may see the station's records (an operator: their own
	 * stations).
	 */
	List<ProgrammeRecord> records(long stationId);

}
