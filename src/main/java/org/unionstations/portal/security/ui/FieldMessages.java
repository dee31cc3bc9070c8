package org.unionstations.portal.security.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import org.unionstations.portal.base.FieldProblem;

/**
 * The service's problems at one field, as one message (several rules may be broken at
 * once).
 */
final class FieldMessages {

	private FieldMessages() {
	}

	static String join(Component where, List<FieldProblem> problems) {
		return problems.stream()
			.map(p -> where.getTranslation(p.messageKey(), p.args().toArray()))
			.distinct()
			.collect(Collectors.joining(where.getTranslation("common.list-separator")));
	}

	/** Only the problems of one field. */
	static String join(Component where, List<FieldProblem> problems, String field) {
		return join(where, problems.stream().filter(p -> p.field().equals(field)).toList());
	}

}
