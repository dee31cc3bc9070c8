package org.unionstations.portal.kpi;

import java.util.List;

import org.unionstations.portal.base.table.TableColumn;

/**
 * The columns of a progress file: the KPI by its code or by its name (a file needs one of
 * the two; with both, they must name the same KPI), the day, the district (its name or
 * GB/T 2260 code; empty is city-wide), the amount, whether it is a correction (是/否) and a
 * note.
 */
public enum ProgressColumn implements TableColumn {

	KPI_CODE, KPI_NAME, DATE, DISTRICT, AMOUNT, CORRECTION, NOTE;

	@Override
	public String labelKey() {
		return "kpi.import.column." + field();
	}

	/**
	 * Date and amount; the KPI's code or name (checked by the import); the rest may be
	 * left out.
	 */
	@Override
	public boolean required() {
		return this == DATE || this == AMOUNT;
	}

	@Override
	public List<String> aliases() {
		return switch (this) {
			case KPI_CODE -> List.of("代码", "code");
			case KPI_NAME -> List.of("指标", "名称", "kpi", "name");
			case DATE -> List.of("填报日期", "发生日期", "day");
			case DISTRICT -> List.of("所属区县", "区县名称", "区县代码", "区划代码");
			case AMOUNT -> List.of("数值", "完成数", "number", "value");
			case CORRECTION -> List.of("是否更正");
			case NOTE -> List.of("说明", "notes");
		};
	}

}
