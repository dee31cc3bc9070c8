package org.unionstations.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page shown instead of a view that could not be opened, inside the app frame: what
 * happened, in the user's language, and a way back (home page, previous page).
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

	private final H2 heading = new H2();

	private final Paragraph text = new Paragraph();

	private String title = "";

	ErrorPage() {
		addClassName("error-page");
		// "." is the application root: Vaadin sets the page's base URL to it
		Anchor home = new Anchor(".", getTranslation("error.page.home"));
		home.setId("error-home");
		Button back = new Button(getTranslation("error.page.back"), VaadinIcon.ARROW_BACKWARD.create(),
				e -> getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
		back.setId("error-back");
		back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		HorizontalLayout wayBack = new HorizontalLayout(home, back);
		wayBack.setAlignItems(Alignment.CENTER);
		add(heading, text, wayBack);
	}

	/**
	 * Fills the page; the heading is also the page title. {@code kind} names the page and
	 * its parts (ids {@code kind}, {@code kind-title}, {@code kind-text}).
	 */
	protected void describe(String kind, String headingText, String explanation) {
		setId(kind);
		heading.setId(kind + "-title");
		text.setId(kind + "-text");
		title = headingText;
		heading.setText(headingText);
		text.setText(explanation);
	}

	@Override
	public String getPageTitle() {
		return title;
	}

}
