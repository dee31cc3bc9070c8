package org.unionstations.portal.programme;

import java.util.List;

import org.unionstations.portal.base.table.TableColumn;

/**
 * The columns of a flagship file: the station (by name, with its district where two
 * stations share a name), the year, the status reached, the date it was reached, the
 * reason (rejections and revocations) and a note.
 */
public enum FlagshipColumn implements TableColumn {

	STATION, DISTRICT, YEAR, STATUS, STEP_DATE, REASON, NOTE;

	@Override
	public String labelKey() {
		return switch (this) {
			case STATION -> "programme.station";
			case DISTRICT -> "station.district";
			default -> "programme.flagship.field." + field();
		};
	}

	@Override
	public boolean required() {
		return this == STATION || this == YEAR || this == STATUS || this == STEP_DATE;
	}

	@Override
	public List<String> aliases() {
		return switch (this) {
			case STATION -> List.of("站点名称", "站名", "station name");
			case YEAR -> List.of("年份", "项目年度");
			case STEP_DATE -> List.of("日期", "状态日期", "决定日期", "date of status");
			default -> List.of();
		};
	}

}
