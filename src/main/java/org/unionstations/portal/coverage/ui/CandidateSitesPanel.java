package org.unionstations.portal.coverage.ui;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.ui.CoordinateSystemSelect;
import org.unionstations.portal.base.ui.ExportMenu;
import org.unionstations.portal.base.ui.ProblemText;
import org.unionstations.portal.base.ui.TableUpload;
import org.unionstations.portal.coverage.Candidate;
import org.unionstations.portal.coverage.CandidateColumn;
import org.unionstations.portal.coverage.CandidateFile;
import org.unionstations.portal.coverage.CandidateRow;
import org.unionstations.portal.coverage.CoverageService;

/**
 * Planners may upload the candidate sites to choose from (name, longitude, latitude);
 * every bad row is shown, and the file is used only when it is clean. Without one, siting
 * chooses among hexagon centres.
 */
class CandidateSitesPanel extends Div {

	final CoordinateSystemSelect candidateCrs = new CoordinateSystemSelect();

	final TableUpload candidateUpload = new TableUpload(this::readCandidates);

	final Span candidateInfo = new Span();

	final Div candidateProblems = new Div();

	final Button useHexCentres = new Button();

	private final CoverageService coverage;

	private final ProblemText problemText = new ProblemText(this, CandidateColumn.values());

	private List<Candidate> candidates = List.of();

	private @Nullable String fileName;

	private byte @Nullable [] content;

	CandidateSitesPanel(CoverageService coverage) {
		this.coverage = coverage;
		candidateCrs.setId("coverage-candidates-crs");
		candidateCrs.setWidthFull();
		candidateCrs.addValueChangeListener(e -> {
			if (fileName != null && content != null) {
				readCandidates(fileName, content);
			}
		});
		candidateUpload.setId("coverage-candidates-upload");
		candidateUpload.addFileRemovedListener(e -> useHexCentres());
		candidateInfo.setId("coverage-candidates-info");
		candidateInfo.addClassName("field-hint");
		candidateProblems.setId("coverage-candidates-problems");
		candidateProblems.addClassName("candidate-problems");
		useHexCentres.setText(getTranslation("coverage.candidates.clear"));
		useHexCentres.setId("coverage-candidates-clear");
		useHexCentres.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		useHexCentres.addClickListener(e -> useHexCentres());
		Span help = new Span(getTranslation("coverage.candidates.help"));
		help.addClassName("field-hint");
		Anchor template = new Anchor(template(), AttachmentType.DOWNLOAD, getTranslation("import.template"));
		template.setId("coverage-candidates-template");
		add(help, template, candidateCrs, candidateUpload, candidateInfo, useHexCentres, candidateProblems);
		setId("coverage-candidates");
		addClassName("coverage-candidates");
		showInfo();
	}

	/** The clean candidates of the uploaded file; empty means hexagon centres. */
	List<Candidate> candidates() {
		return candidates;
	}

	/**
	 * Reads an uploaded file of candidate sites and shows every problem; its candidates
	 * replace the hexagon centres only when it has none. The upload calls it with the
	 * whole file.
	 */
	void readCandidates(String name, byte[] bytes) {
		fileName = name;
		content = bytes;
		CandidateFile file = coverage.readCandidates(name, bytes, candidateCrs.getValue());
		candidates = file.candidates();
		candidateProblems.removeAll();
		if (!file.canCommit()) {
			candidateProblems.add(problemLine(getTranslation("coverage.candidates.rejected")));
		}
		file.fileProblems().forEach(p -> candidateProblems.add(problemLine(problemText.describe(p))));
		for (CandidateRow row : file.rows()) {
			row.problems()
				.forEach(p -> candidateProblems.add(problemLine(
						getTranslation("coverage.candidates.row", row.rowNumber(), problemText.describe(p)))));
		}
		showInfo();
	}

	private void useHexCentres() {
		candidates = List.of();
		fileName = null;
		content = null;
		candidateUpload.clearFileList();
		candidateProblems.removeAll();
		showInfo();
	}

	private void showInfo() {
		boolean loaded = !candidates.isEmpty();
		candidateInfo.setText(loaded ? getTranslation("coverage.candidates.loaded", candidates.size(), fileName)
				: getTranslation("coverage.candidates.hex"));
		useHexCentres.setVisible(loaded);
	}

	private static Paragraph problemLine(String text) {
		Paragraph line = new Paragraph(text);
		line.addClassName("import-problem");
		return line;
	}

	private DownloadHandler template() {
		Locale locale = getLocale();
		return event -> {
			byte[] xlsx = coverage.candidateTemplate(locale);
			event.setFileName("candidate-sites-template.xlsx");
			event.setContentType(ExportMenu.XLSX_TYPE);
			event.setContentLength(xlsx.length);
			try (OutputStream out = event.getOutputStream()) {
				out.write(xlsx);
			}
		};
	}

}
