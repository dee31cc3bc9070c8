package org.unionstations.portal.kpi.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;

import org.jspecify.annotations.Nullable;

/**
 * The parts every KPI page repeats: the year select and the way back to the board of that
 * year.
 */
final class KpiPageParts {

	private KpiPageParts() {
	}

	/** Labels a year select as the board does ("2026年"). */
	static void yearSelect(Select<Integer> year, String id) {
		year.setLabel(year.getTranslation("kpi.board.year"));
		year.setId(id);
		year.setItemLabelGenerator(y -> year.getTranslation("kpi.board.year-item", String.valueOf(y)));
	}

	/** A button back to the board, showing the year chosen on the page. */
	static Button backToBoard(Component page, String id, Supplier<@Nullable Integer> year) {
		Button back = new Button(page.getTranslation("kpi.detail.back"), VaadinIcon.ARROW_LEFT.create(),
				e -> page.getUI().ifPresent(ui -> ui.navigate("kpi", KpiBoardView.yearParameter(year.get()))));
		back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		back.setId(id);
		return back;
	}

}
