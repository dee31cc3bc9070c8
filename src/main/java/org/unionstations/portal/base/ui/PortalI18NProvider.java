package org.unionstations.portal.base.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations come from Spring's message bundles ({@code messages.properties}
 * is Chinese, the default; {@code messages_en.properties} is English). A missing key
 * shows as {@code !key!} and is logged, and a test keeps the bundles complete.
 */
@Component
class PortalI18NProvider implements I18NProvider {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final Locale ENGLISH = Locale.ENGLISH;

	static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);

	private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);

	private final MessageSource messages;

	PortalI18NProvider(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public List<Locale> getProvidedLocales() {
		return LOCALES;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		try {
			return messages.getMessage(key, params.length == 0 ? null : params, locale);
		}
		catch (NoSuchMessageException e) {
			log.warn("missing translation '{}' for {}", key, locale);
			return "!" + key + "!";
		}
	}

}
