package org.unionstations.portal.coverage.ui;

import java.util.Locale;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The coverage view's short notices and number formats, shared by its parts. */
final class CoverageNotice {

	private CoverageNotice() {
	}

	static void show(String text, boolean success) {
		Notification.show(text, 4000, Notification.Position.BOTTOM_START)
			.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
	}

	static String percent(double value) {
		return String.format(Locale.ROOT, "%.1f%%", value);
	}

	static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

}
