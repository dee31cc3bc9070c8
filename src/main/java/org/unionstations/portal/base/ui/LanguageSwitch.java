package org.unionstations.portal.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;

/** Chooses between Chinese and English for the whole session. */
public class LanguageSwitch extends Composite<Select<Locale>> {

	public LanguageSwitch() {
		Select<Locale> select = getContent();
		select.setItems(PortalI18NProvider.LOCALES);
		select.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
		select.setAriaLabel(getTranslation("language.label"));
		select.setWidth("8em");
		select.setId("language-switch");
		select.addAttachListener(e -> select.setValue(
				"zh".equals(getLocale().getLanguage()) ? PortalI18NProvider.CHINESE : PortalI18NProvider.ENGLISH));
		select.addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null) {
				LocaleSupport.switchTo(e.getValue());
			}
		});
	}

}
