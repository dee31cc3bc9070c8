package org.unionstations.portal.operator;

/**
 * What a station's monthly service report counts. Translations:
 * {@code report.category.<NAME>}.
 */
public enum ReportCategory {

	/** 四季送: seasonal care (summer cooling, winter warmth, spring/autumn support). */
	SEASONAL_CARE,
	/** 法律服务 */
	LEGAL_SERVICE,
	/** 技能培训 */
	SKILLS_TRAINING,
	/** 文体活动 */
	CULTURAL,
	/** 其他 */
	OTHER

}
