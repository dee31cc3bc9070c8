package org.unionstations.portal.kpi.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.unionstations.portal.kpi.KpiDefinition;
import org.unionstations.portal.kpi.KpiRecord;

/** Where each record behind a figure is edited (or read, for readers who cannot edit). */
final class KpiRecordLinks {

	private KpiRecordLinks() {
	}

	static String address(KpiDefinition kpi, KpiRecord record) {
		String text = "&text=" + URLEncoder.encode(record.label(), StandardCharsets.UTF_8);
		return switch (record.kind()) {
			case STATION, REPORTS -> "stations/" + record.stationId();
			case SMART_UPGRADE -> "programmes/upgrades?year=" + kpi.year() + text;
			case LEGAL_ADDON -> "programmes/legal?year=" + kpi.year() + text;
			case FLAGSHIP -> "programmes/flagships?year=" + kpi.year() + text;
			case PROGRESS -> "kpi/progress?kpi=" + kpi.id() + "&entry=" + record.id();
		};
	}

}
