package org.unionstations.portal.kpi.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.kpi.KpiDefinition;
import org.unionstations.portal.kpi.PaceStatus;

/**
 * How the board writes its figures: grouped digits, the KPI's decimals, dates and
 * statuses in the reader's language.
 */
final class KpiFormat {

	private final Locale locale;

	KpiFormat(Locale locale) {
		this.locale = locale;
	}

	String number(@Nullable BigDecimal value, int scale) {
		if (value == null) {
			return "–";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(scale);
		format.setMaximumFractionDigits(scale);
		return format.format(value);
	}

	String percent(@Nullable BigDecimal percent) {
		if (percent == null) {
			return "–";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(percent) + "%";
	}

	String date(LocalDate date) {
		return "zh".equals(locale.getLanguage()) ? date.format(DateTimeFormatter.ofPattern("yyyy年M月d日"))
				: date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
	}

	/** Actual with the KPI's decimals and its unit ("89,110 人次"). */
	String value(KpiCard card, @Nullable BigDecimal value) {
		return value(card.kpi(), value);
	}

	/** A figure of a KPI with its decimals and its unit. */
	String value(KpiDefinition kpi, @Nullable BigDecimal value) {
		String unit = kpi.unit(locale);
		String number = number(value, kpi.scale());
		return "%".equals(unit) || unit.isEmpty() ? number + unit : number + " " + unit;
	}

	static String statusKey(PaceStatus status) {
		return "kpi.status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static String statusClass(PaceStatus status) {
		return "kpi-status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
