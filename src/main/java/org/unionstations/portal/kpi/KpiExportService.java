package org.unionstations.portal.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.base.table.TableExport;
import org.unionstations.portal.base.table.Xlsx;

/**
 * The board as a workbook for the monthly briefing: the KPIs with figure, pace and
 * projection; each KPI per district; each KPI's months against the pace line. Numbers are
 * numbers (not text), so the briefing's own charts can be drawn from them.
 */
@Service
@Transactional(readOnly = true)
public class KpiExportService {

	private final KpiService kpis;

	private final MessageSource messages;

	KpiExportService(KpiService kpis, MessageSource messages) {
		this.kpis = kpis;
		this.messages = messages;
	}

	@PreAuthorize("isAuthenticated()")
	public byte[] xlsx(int year, @Nullable LocalDate asOf, Locale locale) {
		KpiBoard board = kpis.board(year, asOf);
		List<List<Object>> cards = new ArrayList<>();
		List<List<Object>> districts = new ArrayList<>();
		List<List<Object>> months = new ArrayList<>();
		for (KpiCard card : board.cards()) {
			KpiDefinition k = card.kpi();
			Pace pace = card.pace();
			List<Object> row = new ArrayList<>();
			row.add(k.name(locale));
			row.add(k.unit(locale));
			row.add(text("kpi.direction." + k.direction().name(), locale));
			row.add(k.target());
			row.add(card.actual());
			row.add(card.percent() == null ? null : card.percent().movePointLeft(2));
			row.add(card.measuredThrough().toString());
			row.add(pace.expected());
			row.add(text("kpi.status." + pace.status().name().toLowerCase(Locale.ROOT).replace('_', '-'), locale));
			row.add(pace.shortfall());
			row.add(pace.projected());
			row.add(pace.reachDate() == null ? "" : pace.reachDate().toString());
			row.add(k.lastYearActual());
			cards.add(row);
			KpiDetail detail = kpis.detail(k.id(), board.asOf());
			for (DistrictFigure d : detail.districts()) {
				List<Object> line = new ArrayList<>();
				line.add(k.name(locale));
				line.add(d.districtId() == 0 ? text("kpi.detail.city-wide", locale) : d.name(locale));
				line.add(d.actual());
				line.add(d.target());
				line.add(d.percent() == null ? null : d.percent().movePointLeft(2));
				districts.add(line);
			}
			for (TrendPoint p : detail.trend()) {
				months.add(List.of(k.name(locale), p.month().toString(), nullable(p.actual()), p.pace(),
						nullable(p.projection())));
			}
		}
		String asOfText = text("kpi.export.as-of", locale, board.asOf().toString());
		return Xlsx.write(List.of(new Xlsx.SheetData(text("kpi.export.sheet-board", locale),
				header(locale, asOfText, "name", "unit", "direction", "target", "actual", "percent", "measured-through",
						"expected", "status", "shortfall", "projected", "reach-date", "last-year"),
				List.of("@", "@", "@", "#,##0.##", "#,##0.##", "0.0%", "@", "#,##0.##", "@", "#,##0.##", "#,##0.##",
						"@", "#,##0.##"),
				TableExport.guarded(cast(cards))),
				new Xlsx.SheetData(text("kpi.export.sheet-districts", locale),
						header(locale, null, "name", "district", "actual", "district-target", "percent"),
						List.of("@", "@", "#,##0.##", "#,##0.##", "0.0%"), TableExport.guarded(cast(districts))),
				new Xlsx.SheetData(text("kpi.export.sheet-months", locale),
						header(locale, null, "name", "month", "actual", "expected", "projected"),
						List.of("@", "@", "#,##0.##", "#,##0.##", "#,##0.##"), TableExport.guarded(cast(months)))));
	}

	private List<String> header(Locale locale, @Nullable String first, String... keys) {
		List<String> header = new ArrayList<>();
		for (String key : keys) {
			header.add(text("kpi.export." + key, locale));
		}
		if (first != null) {
			header.set(0, header.getFirst() + " (" + first + ")");
		}
		return header;
	}

	private static Object nullable(@Nullable Object value) {
		return value == null ? "" : value;
	}

	@SuppressWarnings("unchecked")
	private static List<List<@Nullable Object>> cast(List<List<Object>> rows) {
		return (List<List<@Nullable Object>>) (List<?>) rows;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
