package org.unionstations.portal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.nio.charset.StandardCharsets;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;

/**
 * Drives a {@link TableImportPanel} (or any upload) in Karibu view tests: files go in
 * through the real {@link Upload} and its in-memory upload handler.
 */
public final class ImportPanelDriver {

	private ImportPanelDriver() {
	}

	/** Uploads a CSV text (UTF-8) to the import panel. */
	public static void upload(String fileName, String csv) {
		upload("import-upload", fileName, csv);
	}

	/** Uploads a CSV text (UTF-8) to the upload with this id. */
	public static void upload(String uploadId, String fileName, String csv) {
		UploadKt._upload(_get(Upload.class, s -> s.withId(uploadId)), fileName, "text/csv",
				csv.getBytes(StandardCharsets.UTF_8));
		MockVaadin.clientRoundtrip(false);
	}

	@SuppressWarnings("unchecked")
	public static <R> Grid<R> grid() {
		return _get(Grid.class, s -> s.withId("import-grid"));
	}

	public static Button commit() {
		return _get(Button.class, s -> s.withId("import-commit"));
	}

	/** The text of the component with this id, with its children's. */
	public static String text(String id) {
		return _get(Component.class, s -> s.withId(id)).getElement().getTextRecursively();
	}

}
