package org.unionstations.portal.base;

import java.util.List;

/**
 * Something wrong with what a user entered, tied to the field it was entered in. The
 * message is a translation key with arguments, so each user reads it in their own
 * language.
 */
public record FieldProblem(String field, String messageKey, List<Object> args) {

	public FieldProblem {
		args = List.copyOf(args);
	}

	public static FieldProblem of(String field, String messageKey, Object... args) {
		return new FieldProblem(field, messageKey, List.of(args));
	}

}
