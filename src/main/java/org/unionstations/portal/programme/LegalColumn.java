package org.unionstations.portal.programme;

import java.util.List;

import org.unionstations.portal.base.table.TableColumn;

/**
 * The columns of a legal-service add-on file: the station (by name, with its district
 * where two stations share a name), the year, and the grid's fields. Headers are the
 * grid's, in Chinese or English.
 */
public enum LegalColumn implements TableColumn {

	STATION, DISTRICT, YEAR, STATUS, PARTNER_KIND, PARTNER_NAME, LAWYER_NAME, LAWYER_PHONE, WEEKDAYS, OPENS, CLOSES,
	START_DATE, END_DATE;

	@Override
	public String labelKey() {
		return switch (this) {
			case STATION -> "programme.station";
			case DISTRICT -> "station.district";
			default -> "programme.legal.field." + field();
		};
	}

	@Override
	public boolean required() {
		return this == STATION || this == YEAR || this == STATUS || this == PARTNER_KIND || this == PARTNER_NAME
				|| this == START_DATE;
	}

	@Override
	public List<String> aliases() {
		return switch (this) {
			case STATION -> List.of("站点名称", "站名", "station name");
			case YEAR -> List.of("年份", "项目年度");
			case PARTNER_NAME -> List.of("合作机构", "服务机构", "律师事务所");
			case LAWYER_PHONE -> List.of("联系电话", "电话", "phone");
			case WEEKDAYS -> List.of("服务日期", "星期", "weekdays");
			default -> List.of();
		};
	}

}
