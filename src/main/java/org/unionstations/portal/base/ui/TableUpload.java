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
 * too when it is larger (the component's own limit is only checked in the browser).
 */
public class TableUpload extends Upload {

	public TableUpload(BiConsumer<String, byte[]> received) {
		super(new LimitedUpload((metadata, bytes) -> received.accept(metadata.fileName(), bytes)));
		setAcceptedFileTypes(".csv", ".xlsx");
		setMaxFileSize(TableImport.MAX_FILE_BYTES);
		setMaxFiles(1);
		UploadI18N i18n = new UploadI18N();
		i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add")));
		i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")));
		i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("import.upload.too-big"))
			.setIncorrectFileType(getTranslation("import.upload.wrong-type")));
		setI18n(i18n);
		addFileRejectedListener(e -> showError(e.getErrorMessage()));
	}

	/** An error the user must read: in the middle, for 8 seconds. */
	public static void showError(String message) {
		Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	private static final class LimitedUpload extends InMemoryUploadHandler {

		LimitedUpload(InMemoryUploadCallback callback) {
			super(callback);
		}

		@Override
		public long getFileSizeMax() {
			return TableImport.MAX_FILE_BYTES;
		}

		@Override
		public long getRequestSizeMax() {
			return TableImport.MAX_FILE_BYTES + 64 * 1024;
		}

		@Override
		public long getFileCountMax() {
			return 1;
		}

	}

}
