package org.unionstations.portal.base.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A CSV file written row by row to a stream, for exports too large to hold: the same file
 * as {@link TableExport#csv} (UTF-8 with a byte order mark, CRLF, text guarded against
 * formulas, numbers in plain notation, null as an empty cell). {@link #finish()} flushes
 * it; the stream stays open.
 */
public final class CsvStream {

	private final Writer out;

	/** Writes the byte order mark and the header. */
	public CsvStream(OutputStream stream, List<String> header) {
		this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
		try {
			out.write('\uFEFF');
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		line(header);
	}

	public void row(List<@Nullable Object> cells) {
		line(cells.stream().map(TableExport::csvCell).toList());
	}

	public void finish() {
		try {
			out.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void line(List<String> fields) {
		try {
			for (int i = 0; i < fields.size(); i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write(Csv.quote(fields.get(i)));
			}
			out.write("\r\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
