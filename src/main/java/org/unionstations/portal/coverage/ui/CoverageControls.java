package org.unionstations.portal.coverage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.unionstations.portal.coverage.CoverageScope;
import org.unionstations.portal.coverage.CoverageService;
import org.unionstations.portal.station.StationType;
import org.unionstations.portal.station.ui.StationLabels;

/**
 * The coverage view's left panel: what to analyse (type, planned stations, radius), the
 * buttons that run the analyses, the summary and downloads of the last run, and the
 * progress of the one running. It only lays them out; the view wires them.
 */
class CoverageControls extends VerticalLayout {

	final Select<StationType> type = new Select<>();

	final Checkbox includePlanned = new Checkbox();

	final Checkbox showDemand = new Checkbox();

	final RadiusControl radius;

	final Button runCoverage = new Button();

	final Span summary = new Span();

	/** "Export to Excel": a button in a download link, enabled once there are results. */
	final Anchor export = new Anchor();

	final Button exportButton = new Button();

	/** The whole uncovered list as CSV, however long. */
	final Anchor exportCsv = new Anchor();

	final IntegerField hexSize = new IntegerField();

	final Button runHex = new Button();

	final IntegerField sites = new IntegerField();

	final Button runSiting = new Button();

	final CandidateSitesPanel candidates;

	final AnalysisPanel analysis;

	CoverageControls(RadiusControl radius, CandidateSitesPanel candidates, AnalysisPanel analysis, boolean canPlan) {
		this.radius = radius;
		this.candidates = candidates;
		this.analysis = analysis;
		StationLabels labels = new StationLabels(this);
		type.setLabel(getTranslation("station.type"));
		type.setItems(StationType.values());
		type.setItemLabelGenerator(labels::type);
		type.setValue(StationType.UNION_POST_STATION);
		type.setId("coverage-type");
		includePlanned.setLabel(getTranslation("coverage.include-planned"));
		includePlanned.setId("coverage-include-planned");
		showDemand.setLabel(getTranslation("coverage.show-demand"));
		showDemand.setId("coverage-show-demand");

		runCoverage.setText(getTranslation("coverage.run"));
		runCoverage.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		runCoverage.setId("coverage-run");
		summary.setId("coverage-summary");
		summary.addClassName("coverage-summary");
		exportButton.setText(getTranslation("coverage.export"));
		exportButton.setIcon(VaadinIcon.DOWNLOAD_ALT.create());
		exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		export.setId("coverage-export");
		export.add(exportButton);
		Button csvButton = new Button(getTranslation("coverage.export.csv"), VaadinIcon.DOWNLOAD_ALT.create());
		csvButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		exportCsv.setId("coverage-export-csv");
		exportCsv.add(csvButton);
		setResults(false);

		hexSize.setLabel(getTranslation("coverage.hex.size"));
		hexSize.setSuffixComponent(new Span(getTranslation("unit.metres")));
		hexSize.setMin(CoverageService.MIN_HEX_METRES);
		hexSize.setMax(CoverageService.MAX_HEX_METRES);
		hexSize.setStep(100);
		hexSize.setValue(1000);
		hexSize.setId("coverage-hex-size");
		runHex.setText(getTranslation("coverage.hex.run"));
		runHex.setId("coverage-hex-run");

		sites.setLabel(getTranslation("coverage.siting.k"));
		sites.setMin(1);
		sites.setMax(CoverageService.MAX_SITES);
		sites.setValue(5);
		sites.setId("coverage-siting-k");
		runSiting.setText(getTranslation("coverage.siting.run"));
		runSiting.setId("coverage-siting-run");
		runSiting.setVisible(canPlan);
		candidates.setVisible(canPlan);

		// leaders may read siting results but not run siting: they get a sentence, not a
		// form without a button
		VerticalLayout sitingForm = new VerticalLayout(sites, candidates, runSiting);
		sitingForm.setId("coverage-siting-form");
		sitingForm.setPadding(false);
		sitingForm.setVisible(canPlan);
		Paragraph sitingReadOnly = new Paragraph(getTranslation("coverage.siting.planners-only"));
		sitingReadOnly.setId("coverage-siting-read-only");
		sitingReadOnly.addClassName("field-hint");
		sitingReadOnly.setVisible(!canPlan);
		add(type, includePlanned, showDemand, radius, runCoverage, summary, export, exportCsv,
				new H4(getTranslation("coverage.hex.title")), hexSize, runHex,
				new H4(getTranslation("coverage.siting.title")), sitingForm, sitingReadOnly, analysis);
		setMinWidth("240px");
	}

	CoverageScope scope() {
		return new CoverageScope(type.getValue(), includePlanned.getValue());
	}

	/** Whether there is a run whose results can be downloaded. */
	void setResults(boolean present) {
		export.setEnabled(present);
		exportCsv.setEnabled(present);
		if (!present) {
			summary.setText("");
		}
	}

	void setBusy(boolean busy) {
		runCoverage.setEnabled(!busy);
		runHex.setEnabled(!busy);
		runSiting.setEnabled(!busy);
	}

}
