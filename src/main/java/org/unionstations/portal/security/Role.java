package org.unionstations.portal.security;

/**
 * What a user may do. Stored by name in {@code app_user_role}; Spring Security sees them
 * as {@code ROLE_<name>}.
 */
public enum Role {

	/** Manages users and everything else. */
	ADMIN,
	/** Plans the station network: registry, coverage, siting. */
	PLANNER,
	/** Keeps their own assigned stations current. */
	OPERATOR,
	/** Watches KPI boards; reads everything, changes nothing. */
	LEADER;

	/** The role names as compile-time constants, for {@code @RolesAllowed}. */
	public static final class Name {

		public static final String ADMIN = "ADMIN";

		public static final String PLANNER = "PLANNER";

		public static final String OPERATOR = "OPERATOR";

		public static final String LEADER = "LEADER";

		private Name() {
		}

	}

	public String authority() {
		return "ROLE_" + name();
	}

}
