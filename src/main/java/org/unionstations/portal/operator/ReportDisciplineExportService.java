package org.unionstations.portal.operator;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.unionstations.portal.base.table.TableExport;
import org.unionstations.portal.base.table.Xlsx;

/**
 * The reminder list (催报名单) of the reporting discipline board as a file, in the user's
 * language: the late stations under the board's filter, in its order, with what staff
 * send out: district, station, operators, contact, last month filed, months missing and
 * how many. Operators get their own stations only, as on the board.
 */
@Service
public class ReportDisciplineExportService {

	/** The columns' message keys, in order. */
	static final List<String> COLUMNS = List.of("station.district", "discipline.station", "discipline.operators",
			"station.contact-person", "station.contact-phone", "discipline.last-filed", "discipline.missing",
			"discipline.months-behind");

	private final ReportDisciplineService discipline;

	private final MessageSource messages;

	ReportDisciplineExportService(ReportDisciplineService discipline, MessageSource messages) {
		this.discipline = discipline;
		this.messages = messages;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER', 'OPERATOR')")
	public byte[] csv(DisciplineFilter filter, Locale locale) {
		return TableExport.csv(header(locale), rows(filter, locale));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER', 'OPERATOR')")
	public byte[] xlsx(DisciplineFilter filter, Locale locale) {
		List<String> header = header(locale);
		return Xlsx.write(List.of(new Xlsx.SheetData(text("discipline.sheet-name", locale, filter.asOf().toString()),
				header, Collections.nCopies(header.size(), "0"), TableExport.guarded(rows(filter, locale)))));
	}

	private List<String> header(Locale locale) {
		return COLUMNS.stream().map(key -> text(key, locale)).toList();
	}

	private List<List<@Nullable Object>> rows(DisciplineFilter filter, Locale locale) {
		String separator = "zh".equals(locale.getLanguage()) ? "、" : ", ";
		return discipline.report(filter).late().stream().<List<@Nullable Object>>map(s -> {
			String operators = s.operators().isEmpty() ? text("discipline.no-operator", locale)
					: String.join(separator, s.operators());
			String lastFiled = s.lastFiled() == null ? text("discipline.none-filed", locale) : s.lastFiled().toString();
			String missing = s.missing().stream().map(YearMonth::toString).collect(Collectors.joining(separator));
			return Arrays.asList(s.districtName(locale), s.name(), operators, s.contactPerson(), s.contactPhone(),
					lastFiled, missing, s.monthsBehind());
		}).toList();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
