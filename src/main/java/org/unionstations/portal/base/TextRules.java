package org.unionstations.portal.base;

import java.util.Locale;
import java.util.Optional;

/**
 * What text a user enters may hold, wherever it is entered (a form field, a cell of an
 * import file): no NUL or other control characters (a tab and line breaks only where the
 * text may run over several lines), and none of the characters that turn the direction of
 * the text around (U+202A–U+202E, U+2066–U+2069), which make a name read differently from
 * what it is.
 */
public final class TextRules {

	/** The message key; its argument is the character's code, such as {@code U+202E}. */
	public static final String CONTROL_CHARACTER = "validation.control-character";

	private TextRules() {
	}

	/**
	 * The problem of {@code text} entered in {@code field}, if it holds a character it
	 * may not.
	 * @param multiLine true where a tab, line feed and carriage return are allowed
	 */
	public static Optional<FieldProblem> check(String field, String text, boolean multiLine) {
		int bad = firstForbidden(text, multiLine);
		return bad < 0 ? Optional.empty()
				: Optional.of(FieldProblem.of(field, CONTROL_CHARACTER, String.format(Locale.ROOT, "U+%04X", bad)));
	}

	/** The first character {@code text} may not hold, or -1 when there is none. */
	public static int firstForbidden(String text, boolean multiLine) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (forbidden(c, multiLine)) {
				return c;
			}
		}
		return -1;
	}

	private static boolean forbidden(char c, boolean multiLine) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return !multiLine;
		}
		return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
	}

}
