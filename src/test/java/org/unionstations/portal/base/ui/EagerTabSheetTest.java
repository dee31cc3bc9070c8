package org.unionstations.portal.base.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the browser needs to switch tabs on its own: every panel in the sheet from the
 * start, each naming its tab, and all but the first hidden before the first paint.
 */
class EagerTabSheetTest {

	@Test
	void everyPanelIsInThePageNamingItsTab() {
		EagerTabSheet sheet = new EagerTabSheet();
		Div first = new Div("districts");
		Div second = new Div("uncovered");
		Div third = new Div("area");
		Tab a = sheet.add("A", first);
		Tab b = sheet.add("B", second);
		Tab c = sheet.add("C", third);

		List<Element> children = sheet.getElement().getChildren().toList();
		assertThat(children).hasSize(4);
		assertThat(children.getFirst().getTag()).isEqualTo("vaadin-tabs");
		assertThat(children.getFirst().getAttribute("slot")).isEqualTo("tabs");
		assertThat(children.subList(1, 4)).containsExactly(first.getElement(), second.getElement(), third.getElement());
		assertThat(List.of(first, second, third)).extracting(d -> d.getElement().getAttribute("tab"))
			.containsExactly(a.getId().orElseThrow(), b.getId().orElseThrow(), c.getId().orElseThrow())
			.doesNotHaveDuplicates();
		assertThat(List.of(first, second, third)).extracting(d -> d.getElement().hasAttribute("hidden"))
			.containsExactly(false, true, true);
	}

	@Test
	void selectionIsTheTabsSelection() {
		EagerTabSheet sheet = new EagerTabSheet();
		Component first = new Div();
		Component second = new Div();
		sheet.add("A", first);
		sheet.add("B", second);
		assertThat(sheet.getSelectedIndex()).isZero();
		assertThat(sheet.getSelectedContent()).isSameAs(first);

		sheet.setSelectedIndex(1);

		assertThat(sheet.getSelectedIndex()).isEqualTo(1);
		assertThat(sheet.getSelectedContent()).isSameAs(second);
	}

	@Test
	void tabIdsDifferBetweenSheets() {
		Tab one = new EagerTabSheet().add("A", new Div());
		Tab other = new EagerTabSheet().add("A", new Div());
		assertThat(one.getId()).isNotEqualTo(other.getId());
	}

}
