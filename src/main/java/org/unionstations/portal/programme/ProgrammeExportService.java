package org.unionstations.portal.programme;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.base.table.TableExport;
import org.unionstations.portal.base.table.Xlsx;

/**
 * A programme grid's filter as a file (CSV in UTF-8 with BOM, or Excel), in the user's
 * language: every record the filter shows, whatever page the grid is on. Operators get
 * their own stations' records only, as in the grid.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeExportService {

	private final SmartUpgradeService upgrades;

	private final LegalAddOnService legal;

	private final FlagshipService flagships;

	private final MessageSource messages;

	ProgrammeExportService(SmartUpgradeService upgrades, LegalAddOnService legal, FlagshipService flagships,
			MessageSource messages) {
		this.upgrades = upgrades;
		this.legal = legal;
		this.flagships = flagships;
		this.messages = messages;
	}

	/** The programme's records under the filter as a table: header, then rows. */
	@PreAuthorize("isAuthenticated()")
	public byte[] csv(Programme programme, ProgrammeFilter filter, Locale locale) {
		Table table = table(programme, filter, locale);
		return TableExport.csv(table.header(), table.rows());
	}

	@PreAuthorize("isAuthenticated()")
	public byte[] xlsx(Programme programme, ProgrammeFilter filter, Locale locale) {
		Table table = table(programme, filter, locale);
		return Xlsx.write(List.of(new Xlsx.SheetData(text("programme." + programme.name(), locale), table.header(),
				Collections.nCopies(table.header().size(), "#,##0.##"), TableExport.guarded(table.rows()))));
	}

	private record Table(List<String> header, List<List<@Nullable Object>> rows) {
	}

	private Table table(Programme programme, ProgrammeFilter filter, Locale locale) {
		Pageable all = Pageable.unpaged(Sort.by("station"));
		return switch (programme) {
			case SMART_UPGRADE -> table(locale, "programme.upgrade.field.",
					List.of("status", "scope", "budget", "contractor", "plannedStart", "plannedCompletion",
							"actualStart", "actualCompletion", "acceptanceDate", "cancelReason", "acceptanceNote"),
					upgrades.list(filter, all), r -> {
						SmartUpgradeDraft v = r.values();
						return row(r.station(), locale, text("programme.upgrade.status." + v.status(), locale),
								v.scope()
									.stream()
									.sorted()
									.map(s -> text("programme.upgrade.scope." + s, locale))
									.collect(Collectors.joining(separator(locale))),
								v.budget(), v.contractor(), v.plannedStart(), v.plannedCompletion(), v.actualStart(),
								v.actualCompletion(), v.acceptanceDate(), v.cancelReason(), v.acceptanceNote());
					});
			case LEGAL_SERVICE -> table(locale, "programme.legal.field.",
					List.of("status", "partnerKind", "partnerName", "lawyerName", "lawyerPhone", "weekdays", "opens",
							"closes", "startDate", "endDate", "consultationsMonth", "consultationsYear"),
					legal.list(filter, all), r -> {
						LegalAddOnDraft v = r.values();
						return row(r.station(), locale, text("programme.legal.status." + v.status(), locale),
								text("programme.legal.partner." + v.partnerKind(), locale), v.partnerName(),
								v.lawyerName(), v.lawyerPhone(), days(v.weekdays(), locale), v.opens(), v.closes(),
								v.startDate(), v.endDate(), r.consultationsThisMonth(), r.consultationsYearToDate());
					});
			case FLAGSHIP -> table(locale, "programme.flagship.field.",
					List.of("status", "stepDate", "reason", "score", "readiness", "note"), flagships.list(filter, all),
					r -> row(r.station(), locale, text("programme.flagship.status." + r.status(), locale),
							r.lastStep().date(), r.lastStep().reason(), r.lastStep().score(),
							r.readiness() == null ? null : r.readiness().score(), r.note()));
		};
	}

	private <R> Table table(Locale locale, String fieldPrefix, List<String> fields, List<R> records,
			Function<R, List<@Nullable Object>> row) {
		List<String> header = new ArrayList<>(List.of(text("programme.station", locale),
				text("station.district", locale), text("station.type", locale)));
		fields.forEach(f -> header.add(text(fieldPrefix + f, locale)));
		return new Table(header, records.stream().map(row).toList());
	}

	private List<@Nullable Object> row(ProgrammeStation station, Locale locale, @Nullable Object... values) {
		List<@Nullable Object> row = new ArrayList<>();
		row.add(station.name());
		row.add(station.districtName(locale));
		row.add(text("station.type." + station.type(), locale));
		for (Object v : values) {
			row.add(v == null ? null : v instanceof BigDecimal || v instanceof Number ? v : v.toString());
		}
		return row;
	}

	private static String days(java.util.Set<DayOfWeek> days, Locale locale) {
		return days.stream()
			.sorted()
			.map(d -> d.getDisplayName(TextStyle.SHORT, locale))
			.collect(Collectors.joining(separator(locale)));
	}

	private static String separator(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? "、" : "; ";
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
