package org.unionstations.portal.station.ui;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.security.Role;
import org.unionstations.portal.station.ImportPreview;
import org.unionstations.portal.station.ImportRejectedException;
import org.unionstations.portal.station.ImportResult;
import org.unionstations.portal.station.ImportRow;
import org.unionstations.portal.station.StationColumn;
import org.unionstations.portal.station.StationImportService;

/**
 * Planners and admins create many stations at once from a CSV or Excel file: upload, see
 * every problem of every row, and import only when there are none. The service checks the
 * file again when it is committed and writes all rows or none.
 */
@Route("stations/import")
@Menu(order = 20, icon = "vaadin:upload", title = "nav.import")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.PLANNER })
class StationImportView extends VerticalLayout implements HasDynamicTitle {

	private final StationImportService imports;

	private final Select<CoordinateSystem> crs = new Select<>();

	private final Span summary = new Span();

	private final Div fileProblems = new Div();

	private final Grid<ImportRow> grid = new Grid<>();

	private final Button commit = new Button();

	private @Nullable String fileName;

	private byte @Nullable [] content;

	private @Nullable ImportPreview preview;

	StationImportView(StationImportService imports) {
		this.imports = imports;
		setSizeFull();
		addClassName("station-import-view");

		Locale locale = getLocale();
		Anchor template = new Anchor(templateDownload(locale), AttachmentType.DOWNLOAD,
				getTranslation("import.template"));
		template.setId("import-template");
		Paragraph help = new Paragraph(getTranslation("import.help"));
		help.addClassName("import-help");

		crs.setId("import-crs");
		crs.setLabel(getTranslation("import.crs"));
		crs.setItems(CoordinateSystem.values());
		crs.setItemLabelGenerator(c -> getTranslation("crs." + c.name()));
		crs.setValue(CoordinateSystem.WGS84);
		crs.setWidth("16em");
		crs.addValueChangeListener(e -> {
			if (fileName != null && content != null) {
				showPreview(imports.preview(fileName, content, e.getValue()));
			}
		});

		Upload upload = new Upload(new LimitedUpload((metadata, bytes) -> handleUpload(metadata.fileName(), bytes)));
		upload.setId("import-upload");
		upload.setAcceptedFileTypes(".csv", ".xlsx");
		upload.setMaxFileSize(StationImportService.MAX_FILE_BYTES);
		upload.setMaxFiles(1);
		upload.setI18n(uploadI18n());
		upload.addFileRejectedListener(e -> error(e.getErrorMessage()));
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

		configureGrid(locale);
		add(help, template, controls, fileProblems, result, grid);
		setFlexGrow(1, grid);
		showPreview(null);
	}

	/**
	 * Checks an uploaded file and shows the outcome. The upload calls it with the whole
	 * file in memory; tests may call it directly.
	 */
	void handleUpload(String fileName, byte[] content) {
		this.fileName = fileName;
		this.content = content;
		showPreview(imports.preview(fileName, content, crs.getValue()));
	}

	private void commit() {
		ImportPreview current = preview;
		if (current == null) {
			return;
		}
		try {
			ImportResult result = imports.commit(current);
			Notification done = Notification.show(getTranslation("import.done", result.created()));
			done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			UI.getCurrent().navigate(StationListView.class);
		}
		catch (ImportRejectedException e) {
			showPreview(e.preview());
			error(getTranslation("import.refused"));
		}
	}

	private void clear() {
		fileName = null;
		content = null;
		showPreview(null);
	}

	private void showPreview(@Nullable ImportPreview next) {
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

	private void configureGrid(Locale locale) {
		grid.setId("import-grid");
		grid.addClassName("import-grid");
		grid.addThemeVariants(GridVariant.LUMO_COMPACT);
		grid.addColumn(ImportRow::rowNumber)
			.setHeader(getTranslation("import.column.row"))
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setKey("row");
		grid.addColumn(ImportRow::name).setHeader(getTranslation("station.column.NAME")).setFlexGrow(2).setKey("name");
		grid.addColumn(
				r -> r.type() != null ? getTranslation("station.type." + r.type().name()) : r.value(StationColumn.TYPE))
			.setHeader(getTranslation("station.column.TYPE"))
			.setAutoWidth(true)
			.setKey("type");
		grid.addColumn(r -> r.district() == null ? "" : r.district().name(locale))
			.setHeader(getTranslation("station.district"))
			.setAutoWidth(true)
			.setKey("district");
		grid.addColumn(
				r -> r.longitude() == null ? "" : String.format(Locale.ROOT, "%.6f, %.6f", r.longitude(), r.latitude()))
			.setHeader(getTranslation("import.column.location"))
			.setAutoWidth(true)
			.setKey("location");
		grid.addColumn(r -> r.status() != null ? getTranslation("station.status." + r.status().name())
				: r.value(StationColumn.STATUS))
			.setHeader(getTranslation("station.column.STATUS"))
			.setAutoWidth(true)
			.setKey("status");
		// one problem per line
		grid.addColumn(r -> r.problems().stream().map(this::describe).collect(Collectors.joining("\n")))
			.setHeader(getTranslation("import.column.problems"))
			.setFlexGrow(4)
			.setPartNameGenerator(r -> "import-problems")
			.setKey("problems");
		grid.setPartNameGenerator(r -> r.hasProblems() ? "import-error" : null);
	}

	/** A problem as the user reads it: the column it is in, then what is wrong. */
	String describe(FieldProblem problem) {
		Object[] args = problem.args().toArray();
		if (problem.messageKey().equals("station.validation.service-not-for-type") && args.length > 0) {
			args[0] = getTranslation("station.amenity." + args[0]);
		}
		String message = getTranslation(problem.messageKey(), args);
		String field = fieldLabel(problem.field());
		return field == null ? message : getTranslation("import.problem.format", field, message);
	}

	private @Nullable String fieldLabel(String field) {
		if (field.equals(StationImportService.LOCATION)) {
			return getTranslation("import.field.location");
		}
		return StationColumn.byField(field).map(c -> getTranslation(c.labelKey())).orElse(null);
	}

	private DownloadHandler templateDownload(Locale locale) {
		return event -> {
			byte[] csv = imports.template(locale);
			event.setFileName("stations-import-template.csv");
			event.setContentType("text/csv;charset=UTF-8");
			event.setContentLength(csv.length);
			try (OutputStream out = event.getOutputStream()) {
				out.write(csv);
			}
		};
	}

	private UploadI18N uploadI18n() {
		UploadI18N i18n = new UploadI18N();
		i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add")));
		i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")));
		i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("import.upload.too-big"))
			.setIncorrectFileType(getTranslation("import.upload.wrong-type")));
		return i18n;
	}

	private void error(String message) {
		Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	/**
	 * The whole file in memory, refused by the server too when it is larger than the
	 * import takes (the upload component's own limit is only checked in the browser).
	 */
	private static final class LimitedUpload extends InMemoryUploadHandler {

		LimitedUpload(InMemoryUploadCallback callback) {
			super(callback);
		}

		@Override
		public long getFileSizeMax() {
			return StationImportService.MAX_FILE_BYTES;
		}

		@Override
		public long getRequestSizeMax() {
			return StationImportService.MAX_FILE_BYTES + 64 * 1024;
		}

		@Override
		public long getFileCountMax() {
			return 1;
		}

	}

	@Override
	public String getPageTitle() {
		return getTranslation("import.title");
	}

}
