package org.unionstations.portal.operator;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.station.StationType;

/**
 * A station that has not filed the last monthly report due from it: who to remind
 * (operators, the station's contact) and what is missing. {@code operators} are the
 * display names of the users assigned to the station (empty: nobody is);
 * {@code lastFiled} is the latest month on record up to the month due (null: none);
 * {@code missing} the months of the due window without a report, oldest first.
 */
public record LateStation(long stationId, String name, StationType type, @Nullable String districtNameZh,
		@Nullable String districtNameEn, List<String> operators, @Nullable String contactPerson,
		@Nullable String contactPhone, @Nullable YearMonth lastFiled, List<YearMonth> missing) {

	public LateStation {
		operators = List.copyOf(operators);
		missing = List.copyOf(missing);
	}

	/** How many months of the due window are without a report. */
	public int monthsBehind() {
		return missing.size();
	}

	public @Nullable String districtName(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? districtNameZh : districtNameEn;
	}

}
