package org.unionstations.portal.base.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;

/**
 * A tab sheet whose panels are all in the page: the browser switches between them at
 * once, without asking the server. Vaadin's {@code TabSheet} sends a panel's content only
 * when its tab is selected, which costs a round trip on every switch — behind whatever
 * else the server and the page are busy with (after a coverage run: 0.5–1.1 s until the
 * uncovered list showed). For a few panels whose content is wanted soon after it changes;
 * the same web component ({@code vaadin-tabsheet}) shows the panel whose {@code tab}
 * attribute names the selected tab.
 */
@Tag("vaadin-tabsheet")
@JsModule("@vaadin/tabsheet/src/vaadin-tabsheet.js")
public class EagerTabSheet extends Component implements HasSize {

	private static final AtomicLong TAB_IDS = new AtomicLong();

	private final Tabs tabs = new Tabs();

	private final List<Component> panels = new ArrayList<>();

	public EagerTabSheet() {
		tabs.getElement().setAttribute("slot", "tabs");
		getElement().appendChild(tabs.getElement());
	}

	/** Adds a tab labelled {@code label} showing {@code content}. */
	public Tab add(String label, Component content) {
		Tab tab = new Tab(label);
		tab.setId("eager-tab-" + TAB_IDS.incrementAndGet());
		tabs.add(tab);
		content.getElement().setAttribute("tab", tab.getId().orElseThrow());
		if (!panels.isEmpty()) {
			// hidden from the first paint: the web component hides it only once its tabs
			// are ready, and a map laid out beside all panels at once fits its view to
			// the little room they left it
			content.getElement().setAttribute("hidden", true);
		}
		getElement().appendChild(content.getElement());
		panels.add(content);
		return tab;
	}

	public int getSelectedIndex() {
		return tabs.getSelectedIndex();
	}

	public void setSelectedIndex(int index) {
		tabs.setSelectedIndex(index);
	}

	/** The content of the selected tab. */
	public Component getSelectedContent() {
		return panels.get(tabs.getSelectedIndex());
	}

}
