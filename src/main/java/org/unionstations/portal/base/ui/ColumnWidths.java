package org.unionstations.portal.base.ui;

import java.util.Locale;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Column widths worked out on the server from the texts a column shows, for grids drawn
 * the moment results arrive: Grid's auto width makes the browser measure every column's
 * cells in a layout pass just then (at city scale about 0.15–0.25 s of the coverage
 * view's second). Generous on purpose, so a header or value in either language fits: a
 * Han, kana or Hangul character or a full-width form counts 1 em, any other character 0.6
 * em (the grid's 16 px body font), plus the cell's padding.
 */
public final class ColumnWidths {

	/** A cell's padding on both sides, with a little to spare. */
	static final double PADDING_EM = 2.2;

	private ColumnWidths() {
	}

	/**
	 * A CSS width (in em) that fits the widest of {@code texts} (a null counts as empty).
	 */
	public static String fitting(Stream<@Nullable String> texts) {
		double widest = texts.mapToDouble(t -> t == null ? 0 : em(t)).max().orElse(0);
		return String.format(Locale.ROOT, "%.1fem", widest + PADDING_EM);
	}

	/** The estimated width of {@code text} in em. */
	static double em(String text) {
		return text.codePoints().mapToDouble(cp -> wide(cp) ? 1.0 : 0.6).sum();
	}

	private static boolean wide(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
				|| (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
	}

}
