package org.unionstations.portal.base;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A service refused input; nothing was written. Carries every problem found, per field.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).collect(Collectors.joining(", ")));
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
