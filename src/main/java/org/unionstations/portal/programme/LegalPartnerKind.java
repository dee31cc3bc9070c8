package org.unionstations.portal.programme;

/**
 * Who provides a legal-service add-on. Translations:
 * {@code programme.legal.partner.<NAME>}.
 */
public enum LegalPartnerKind {

	/** 律师事务所 */
	LAW_FIRM,
	/** 法律援助中心 */
	LEGAL_AID_CENTRE,
	/** 工会法律服务团队 */
	UNION_LEGAL_TEAM

}
