package org.unionstations.portal.programme;

import java.util.List;

import org.unionstations.portal.base.table.TableColumn;

/**
 * The columns of a smart-upgrade file: the station (by name, with its district where two
 * stations share a name), the year, and the grid's fields. Headers are the grid's, in
 * Chinese or English.
 */
public enum UpgradeColumn implements TableColumn {

	STATION, DISTRICT, YEAR, STATUS, SCOPE, BUDGET, CONTRACTOR, PLANNED_START, PLANNED_COMPLETION, ACTUAL_START,
	ACTUAL_COMPLETION, ACCEPTANCE_DATE, CANCEL_REASON, ACCEPTANCE_NOTE;

	@Override
	public String labelKey() {
		return switch (this) {
			case STATION -> "programme.station";
			case DISTRICT -> "station.district";
			default -> "programme.upgrade.field." + field();
		};
	}

	@Override
	public boolean required() {
		return this == STATION || this == YEAR || this == STATUS;
	}

	@Override
	public List<String> aliases() {
		return switch (this) {
			case STATION -> List.of("站点名称", "站名", "station name");
			case YEAR -> List.of("年份", "项目年度");
			case BUDGET -> List.of("预算", "budget");
			default -> List.of();
		};
	}

}
