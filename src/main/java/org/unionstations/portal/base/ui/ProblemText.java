package org.unionstations.portal.base.ui;

import java.util.function.Function;

import com.vaadin.flow.component.Component;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.table.TableColumn;
import org.unionstations.portal.base.table.TableImport;

/**
 * A problem found in a table file as the user reads it, in the language of the component
 * that shows it: the column it is in, then what is wrong ("经度：“abc”不是数字").
 */
public final class ProblemText {

	private final Component component;

	private final TableColumn[] columns;

	private Function<FieldProblem, Object[]> messageArguments = p -> p.args().toArray();

	/**
	 * @param columns the file's columns, whose headers name the fields of problems
	 */
	public ProblemText(Component component, TableColumn[] columns) {
		this.component = component;
		this.columns = columns.clone();
	}

	/**
	 * How a problem's message arguments are shown; by default as they are (codes a
	 * feature reports may need translating).
	 */
	public void setMessageArguments(Function<FieldProblem, Object[]> messageArguments) {
		this.messageArguments = messageArguments;
	}

	public String describe(FieldProblem problem) {
		String message = component.getTranslation(problem.messageKey(), messageArguments.apply(problem));
		String field = fieldLabel(problem.field());
		return field == null ? message : component.getTranslation("import.problem.format", field, message);
	}

	private @Nullable String fieldLabel(String field) {
		if (field.equals(TableImport.LOCATION)) {
			return component.getTranslation("import.field.location");
		}
		return TableColumn.byField(columns, field).map(c -> component.getTranslation(c.labelKey())).orElse(null);
	}

}
