package org.unionstations.portal.base.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

import org.springframework.stereotype.Component;

/**
 * Chinese first: every new UI speaks zh-CN unless the user chose English with the
 * language switch. The choice is kept in the session and in a cookie, so it survives
 * sign-in, reloads and new sessions.
 */
@Component
class LocaleSupport implements VaadinServiceInitListener {

	static final String COOKIE = "portal-locale";

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(e -> e.getUI().setLocale(initialLocale()));
	}

	static Locale initialLocale() {
		VaadinSession session = VaadinSession.getCurrent();
		if (session != null && session.getAttribute(Locale.class) != null) {
			return session.getAttribute(Locale.class);
		}
		return fromCookie(VaadinRequest.getCurrent()).orElse(PortalI18NProvider.CHINESE);
	}

	/**
	 * Switches the current session to {@code locale} and reloads the page so every string
	 * is rendered anew.
	 */
	static void switchTo(Locale locale) {
		UI ui = UI.getCurrent();
		VaadinSession.getCurrent().setAttribute(Locale.class, locale);
		ui.setLocale(locale);
		ui.getPage()
			.executeJs("document.cookie = $0; location.reload();",
					COOKIE + "=" + locale.toLanguageTag() + "; path=/; max-age=31536000; SameSite=Lax");
	}

	private static Optional<Locale> fromCookie(VaadinRequest request) {
		if (request == null || request.getCookies() == null) {
			return Optional.empty();
		}
		return Arrays.stream(request.getCookies())
			.filter(c -> COOKIE.equals(c.getName()))
			.map(Cookie::getValue)
			.map(Locale::forLanguageTag)
			.filter(l -> PortalI18NProvider.LOCALES.stream().anyMatch(p -> p.getLanguage().equals(l.getLanguage())))
			.map(l -> "zh".equals(l.getLanguage()) ? PortalI18NProvider.CHINESE : PortalI18NProvider.ENGLISH)
			.findFirst();
	}

}
