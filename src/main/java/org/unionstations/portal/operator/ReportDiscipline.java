package org.unionstations.portal.operator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Reporting discipline (报送情况) as of a day: the month due (the month before {@code asOf}),
 * the late stations (most months behind first, then by district and name in pinyin
 * order), and the summaries per district and per operator. {@code ownStationsOnly} is
 * true when the reader is an operator, who sees their own stations only.
 */
public record ReportDiscipline(LocalDate asOf, YearMonth dueMonth, boolean ownStationsOnly, List<LateStation> late,
		List<DistrictDiscipline> districts, List<OperatorDiscipline> operators) {

	public ReportDiscipline {
		late = List.copyOf(late);
		districts = List.copyOf(districts);
		operators = List.copyOf(operators);
	}

	public int totalDue() {
		return districts.stream().mapToInt(DistrictDiscipline::due).sum();
	}

	public int totalLate() {
		return districts.stream().mapToInt(DistrictDiscipline::late).sum();
	}

	/** The share of stations due that filed on time, 0 to 1; 1 when nothing is due. */
	public double onTimeShare() {
		return totalDue() == 0 ? 1 : (double) (totalDue() - totalLate()) / totalDue();
	}

}
