package org.unionstations.portal.kpi.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

import org.unionstations.portal.audit.Revision;
import org.unionstations.portal.audit.ui.HistoryGrid;

/** Who changed a KPI or a progress entry, when, and what from and to. */
class KpiHistoryDialog extends Dialog {

	KpiHistoryDialog(String title, List<Revision> revisions, Function<String, String> fieldLabel,
			BiFunction<String, String, String> valueLabel) {
		setId("kpi-history-dialog");
		setHeaderTitle(title);
		HistoryGrid history = new HistoryGrid(fieldLabel, valueLabel);
		history.setId("kpi-history");
		history.setRevisions(revisions);
		add(history);
		setWidth("min(960px, 95vw)");
		Button close = new Button(getTranslation("action.close"), e -> close());
		close.setId("kpi-history-close");
		getFooter().add(close);
	}

}
