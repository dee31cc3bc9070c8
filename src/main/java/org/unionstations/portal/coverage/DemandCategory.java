package org.unionstations.portal.coverage;

/** What kind of place a demand point is. Translations: {@code demand.category.<NAME>}. */
public enum DemandCategory {

	/** 建会企业 */
	ENTERPRISE,
	/** 快递/外卖站点 */
	DELIVERY_HUB,
	/** 环卫作业站 */
	SANITATION_DEPOT,
	/** 产业园区 */
	INDUSTRIAL_PARK,
	/** 市场 */
	MARKET,
	/** 社区 */
	COMMUNITY

}
