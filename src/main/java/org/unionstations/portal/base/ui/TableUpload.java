package org.unionstations.portal.base.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;

import org.unionstations.portal.base.table.TableImport;

/**
 * An upload of one {@code .csv} or {@code .xlsx} table file of at most
 * {@link TableImport#MAX_FILE_BYTES}, received whole in memory and refused by the server
 * too when it is larger (the component's own limit is only checked in the browser). Other
 * kinds of file (GeoJSON boundaries) with their own limit and texts use the longer
 * constructor.
 */
public class TableUpload extends Upload {

	public TableUpload(BiConsumer<String, byte[]> received) {
		this(received, TableImport.MAX_FILE_BYTES, "import.upload", ".csv", ".xlsx");
	}

	/**
	 * @param messages the prefix of the keys {@code .drop}, {@code .too-big} and
	 * {@code .wrong-type} that say what files are accepted
	 */
	public TableUpload(BiConsumer<String, byte[]> received, int maxBytes, String messages, String... fileTypes) {
		super(new LimitedUpload((metadata, bytes) -> received.accept(metadata.fileName(), bytes), maxBytes));
		setAcceptedFileTypes(fileTypes);
		setMaxFileSize(maxBytes);
		setMaxFiles(1);
		UploadI18N i18n = new UploadI18N();
		i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add")));
		i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation(messages + ".drop")));
		i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation(messages + ".too-big"))
			.setIncorrectFileType(getTranslation(messages + ".wrong-type")));
		setI18n(i18n);
		addFileRejectedListener(e -> showError(e.getErrorMessage()));
	}

	/** An error the user must read: in the middle, for 8 seconds. */
	public static void showError(String message) {
		Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	private static final class LimitedUpload extends InMemoryUploadHandler {

		private final int maxBytes;

		LimitedUpload(InMemoryUploadCallback callback, int maxBytes) {
			super(callback);
			this.maxBytes = maxBytes;
		}

		@Override
		public long getFileSizeMax() {
			return maxBytes;
		}

		@Override
		public long getRequestSizeMax() {
			return maxBytes + 64 * 1024L;
		}

		@Override
		public long getFileCountMax() {
			return 1;
		}

	}

}
