package org.unionstations.portal.base.ui;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.table.CheckedRow;
import org.unionstations.portal.base.table.CheckedTable;
import org.unionstations.portal.base.table.TableColumn;
import org.unionstations.portal.base.table.TableRejectedException;

/**
 * The steps of every table import, for a view to hold: download a template, choose the
 * coordinate system, upload a file, see every problem of every row, and commit only when
 * there are none. The feature's service checks the file again when it is committed and
 * writes all rows or none; the view adds the grid columns of its feature and says what
 * happens after a commit.
 *
 * @param <P> the feature's checked file
 * @param <R> its rows
 */
public class TableImportPanel<P extends CheckedTable<R>, R extends CheckedRow> extends VerticalLayout {

	/** What a feature's import service does, for the panel. */
	public interface Importer<P> {

		/** Checks a file and writes nothing. */
		P preview(String fileName, byte[] content, CoordinateSystem crs);

		/**
		 * Writes every row of a clean preview and says how many were created.
		 * @throws TableRejectedException with the fresh check when anything is wrong
		 */
		int commit(P preview);

		/**
		 * An Excel workbook to fill in: headers in the language on the first sheet,
		 * instructions and an example on the second.
		 */
		byte[] template(Locale locale);

		/** An importer from a service's three methods. */
		static <P> Importer<P> of(Check<P> preview, ToIntFunction<P> commit, Function<Locale, byte[]> template) {
			return new Importer<>() {

				@Override
				public P preview(String fileName, byte[] content, CoordinateSystem crs) {
					return preview.preview(fileName, content, crs);
				}

				@Override
				public int commit(P checked) {
					return commit.applyAsInt(checked);
				}

				@Override
				public byte[] template(Locale locale) {
					return template.apply(locale);
				}

			};
		}

	}

	/** A service's preview method. */
	@FunctionalInterface
	public interface Check<P> {

		P preview(String fileName, byte[] content, CoordinateSystem crs);

	}

	private final Importer<P> importer;

	private final Texts texts;

	private final ProblemText problemText;

	private final Runnable afterCommit;

	private final CoordinateSystemSelect crs = new CoordinateSystemSelect();

	private final Span summary = new Span();

	private final Div fileProblems = new Div();

	private final Grid<R> grid = new Grid<>();

	private final Button commit = new Button();

	private @Nullable String fileName;

	private byte @Nullable [] content;

	private @Nullable P preview;

	/**
	 * The translation keys of what the panel says for a feature.
	 *
	 * @param help what the file must hold, above everything
	 * @param done after a commit, with the number of rows imported
	 * @param refused when a commit finds new problems
	 */
	public record Texts(String help, String done, String refused) {
	}

	/**
	 * @param templateFileName the name the template downloads as
	 * @param columns the file's columns, whose headers name the fields of problems
	 * @param featureColumns adds the feature's grid columns, between the row number and
	 * the problems
	 * @param afterCommit where to go once the rows were imported
	 */
	public TableImportPanel(Importer<P> importer, String templateFileName, Texts texts, TableColumn[] columns,
			Consumer<Grid<R>> featureColumns, Runnable afterCommit) {
		this.importer = importer;
		this.texts = texts;
		this.problemText = new ProblemText(this, columns);
		this.afterCommit = afterCommit;
		setPadding(false);
		setSizeFull();

		Paragraph help = new Paragraph(getTranslation(texts.help()));
		help.addClassName("import-help");
		Anchor template = new Anchor(templateDownload(getLocale(), templateFileName), AttachmentType.DOWNLOAD,
				getTranslation("import.template"));
		template.setId("import-template");

		crs.setId("import-crs");
		crs.addValueChangeListener(e -> {
			if (fileName != null && content != null) {
				showPreview(importer.preview(fileName, content, e.getValue()));
			}
		});
		TableUpload upload = new TableUpload(this::handleUpload);
		upload.setId("import-upload");
		upload.addFileRemovedListener(e -> clear());
		FlexLayout controls = new FlexLayout(crs, upload);
		controls.addClassName("import-controls");
		controls.setAlignItems(Alignment.END);
		controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);

		summary.setId("import-summary");
		summary.addClassName("import-summary");
		fileProblems.setId("import-file-problems");
		fileProblems.addClassName("import-file-problems");
		commit.setId("import-commit");
		commit.setText(getTranslation("import.commit"));
		commit.setIcon(VaadinIcon.CHECK.create());
		commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		commit.setDisableOnClick(true);
		commit.addClickListener(e -> commit());
		FlexLayout result = new FlexLayout(summary, commit);
		result.addClassName("import-result");
		result.setAlignItems(Alignment.CENTER);

		grid.setId("import-grid");
		grid.addClassName("import-grid");
		grid.addThemeVariants(GridVariant.LUMO_COMPACT);
		grid.addColumn(CheckedRow::rowNumber)
			.setHeader(getTranslation("import.column.row"))
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setKey("row");
		featureColumns.accept(grid);
		// one problem per line
		grid.addColumn(r -> r.problems().stream().map(this::describe).collect(Collectors.joining("\n")))
			.setHeader(getTranslation("import.column.problems"))
			.setFlexGrow(4)
			.setPartNameGenerator(r -> "import-problems")
			.setKey("problems");
		grid.setPartNameGenerator(r -> r.hasProblems() ? "import-error" : null);

		add(help, template, controls, fileProblems, result, grid);
		setFlexGrow(1, grid);
		showPreview(null);
	}

	/**
	 * For files without coordinates (programme lists): no coordinate system to choose.
	 */
	public TableImportPanel<P, R> withoutCoordinates() {
		crs.setVisible(false);
		return this;
	}

	/**
	 * How a problem's message arguments are shown; by default as they are (codes a
	 * feature reports may need translating).
	 */
	public void setMessageArguments(Function<FieldProblem, Object[]> messageArguments) {
		problemText.setMessageArguments(messageArguments);
	}

	/**
	 * Checks an uploaded file and shows the outcome. The upload calls it with the whole
	 * file in memory; tests may call it directly.
	 */
	public void handleUpload(String fileName, byte[] content) {
		this.fileName = fileName;
		this.content = content;
		showPreview(importer.preview(fileName, content, crs.getValue()));
	}

	/** A problem as the user reads it: the column it is in, then what is wrong. */
	private String describe(FieldProblem problem) {
		return problemText.describe(problem);
	}

	/**
	 * Adds the grid columns of a row's district and WGS84 point (6 decimals), each empty
	 * while unknown.
	 */
	public static <R> void addPointColumns(Grid<R> grid, Function<R, @Nullable String> district,
			Function<R, @Nullable Double> longitude, Function<R, @Nullable Double> latitude) {
		grid.addColumn(r -> Objects.requireNonNullElse(district.apply(r), ""))
			.setHeader(grid.getTranslation("station.district"))
			.setAutoWidth(true)
			.setKey("district");
		grid.addColumn(r -> longitude.apply(r) == null || latitude.apply(r) == null ? ""
				: String.format(Locale.ROOT, "%.6f, %.6f", longitude.apply(r), latitude.apply(r)))
			.setHeader(grid.getTranslation("import.column.location"))
			.setAutoWidth(true)
			.setKey("location");
	}

	@SuppressWarnings("unchecked")
	private void commit() {
		P current = preview;
		if (current == null) {
			return;
		}
		try {
			int created = importer.commit(current);
			Notification done = Notification.show(getTranslation(texts.done(), created));
			done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			afterCommit.run();
		}
		catch (TableRejectedException e) {
			showPreview((P) e.preview());
			TableUpload.showError(getTranslation(texts.refused()));
		}
	}

	private void clear() {
		fileName = null;
		content = null;
		showPreview(null);
	}

	private void showPreview(@Nullable P next) {
		preview = next;
		fileProblems.removeAll();
		if (next == null) {
			summary.setText("");
			grid.setItems(List.of());
			grid.setVisible(false);
			commit.setEnabled(false);
			return;
		}
		next.fileProblems().forEach(p -> {
			Paragraph line = new Paragraph(describe(p));
			line.addClassName("import-problem");
			fileProblems.add(line);
		});
		summary.setText(getTranslation("import.summary", next.rowCount(), next.rowsWithProblems()));
		grid.setItems(next.rows());
		grid.setVisible(!next.rows().isEmpty());
		commit.setEnabled(next.canCommit());
	}

	private DownloadHandler templateDownload(Locale locale, String templateFileName) {
		return event -> {
			byte[] xlsx = importer.template(locale);
			event.setFileName(templateFileName);
			event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			event.setContentLength(xlsx.length);
			try (OutputStream out = event.getOutputStream()) {
				out.write(xlsx);
			}
		};
	}

}
