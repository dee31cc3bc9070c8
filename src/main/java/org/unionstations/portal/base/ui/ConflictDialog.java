package org.unionstations.portal.base.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import org.unionstations.portal.base.ConcurrentEditException;

/**
 * Someone else saved the record first: says who and when, offers to reload their version
 * (dropping what was typed), or to keep editing (to copy what was typed). Nothing was
 * overwritten either way.
 */
public class ConflictDialog extends ConfirmDialog {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ExportMenu.CHINA);

	public ConflictDialog(ConcurrentEditException conflict, Runnable reload) {
		setId("conflict-dialog");
		setHeader(getTranslation("conflict.title"));
		String who = conflict.savedBy().orElse(getTranslation("conflict.someone"));
		String when = conflict.savedAt().map(WHEN::format).orElse("");
		setText(when.isEmpty() ? getTranslation("conflict.text-who", who)
				: getTranslation("conflict.text-who-when", who, when));
		setConfirmText(getTranslation("conflict.reload"));
		addConfirmListener(e -> reload.run());
		setCancelable(true);
		setCancelText(getTranslation("conflict.keep"));
	}

}
