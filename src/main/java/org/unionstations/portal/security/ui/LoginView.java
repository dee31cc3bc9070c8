package org.unionstations.portal.security.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.unionstations.portal.base.CityName;
import org.unionstations.portal.base.ui.LanguageSwitch;

/**
 * Sign-in with a database user; the form posts to Spring Security's login processing URL.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final LoginForm login = new LoginForm();

	LoginView(CityName city) {
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		addClassName("login-view");

		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle(getTranslation("login.title"));
		i18n.getForm().setUsername(getTranslation("login.username"));
		i18n.getForm().setPassword(getTranslation("login.password"));
		i18n.getForm().setSubmit(getTranslation("login.submit"));
		i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
		login.setI18n(i18n);
		login.setForgotPasswordButtonVisible(false);
		login.setAction("login");

		H1 title = new H1(getTranslation("app.name"));
		title.addClassName("login-app-name");
		Paragraph subtitle = new Paragraph(subtitle(city));
		subtitle.addClassName("login-subtitle");
		Div language = new Div(new LanguageSwitch());
		add(title, subtitle, login, language);
	}

	/** The city's federation when a city is named; not at all when it cannot be read. */
	private String subtitle(CityName city) {
		try {
			return city.in(getLocale())
				.map(name -> getTranslation("app.subtitle", name))
				.orElseGet(() -> getTranslation("app.subtitle.no-city"));
		}
		catch (DataAccessException | TransactionException e) {
			// the database is down (the city is read in a transaction, which then cannot
			// even begin): the sign-in page still shows, and says so on a try
			return getTranslation("app.subtitle.no-city");
		}
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters().getParameters();
		if (parameters.containsKey(LoginRedirects.UNAVAILABLE)) {
			// the database could not be asked: not the user's fault, and not their
			// password
			login.showErrorMessage(getTranslation("login.unavailable.title"),
					getTranslation("login.unavailable.message"));
		}
		else if (parameters.containsKey(LoginRedirects.THROTTLED)) {
			// the same words whether or not the username exists
			login.showErrorMessage(getTranslation("login.throttled.title"),
					getTranslation("login.throttled.message", waitMinutes(parameters.get(LoginRedirects.THROTTLED))));
		}
		else if (parameters.containsKey(LoginRedirects.EXPIRED)) {
			login.showErrorMessage(getTranslation("login.expired.title"), getTranslation("login.expired.message"));
		}
		else if (parameters.containsKey(LoginRedirects.ERROR)) {
			login.showErrorMessage(getTranslation("login.error.title"), getTranslation("login.error.message"));
		}
		else {
			login.setError(false);
		}
	}

	/** The minutes the address announces, kept between 1 and 60 whatever it says. */
	private static long waitMinutes(List<String> values) {
		try {
			long minutes = Long.parseLong(values.isEmpty() ? "" : values.get(0));
			return Math.clamp(minutes, 1, LoginRedirects.LONGEST_WAIT_MINUTES);
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.page-title");
	}

}
