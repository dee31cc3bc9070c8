package org.unionstations.portal.audit;

/** What a revision did. Translations: {@code audit.action.<NAME>}. */
public enum ChangeAction {

	CREATE, UPDATE, DELETE, IMPORT

}
