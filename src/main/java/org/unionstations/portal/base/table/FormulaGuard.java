package org.unionstations.portal.base.table;

/**
 * Keeps exported text from being run as a spreadsheet formula (CSV/formula injection): a
 * cell that starts with {@code = + - @}, their full-width forms {@code ＝ ＋ － ＠} (which
 * spreadsheets with an East Asian input method read as the same), a tab or a carriage
 * return gets a leading apostrophe, as OWASP recommends. {@link #unguard} takes it off
 * again when such a file is read back, so an export imports unchanged.
 */
public final class FormulaGuard {

	private FormulaGuard() {
	}

	public static String guard(String text) {
		return startsDangerously(text, 0) ? "'" + text : text;
	}

	public static String unguard(String text) {
		return text.length() > 1 && text.charAt(0) == '\'' && startsDangerously(text, 1) ? text.substring(1) : text;
	}

	private static boolean startsDangerously(String text, int at) {
		if (text.length() <= at) {
			return false;
		}
		return switch (text.charAt(at)) {
			case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
			default -> false;
		};
	}

}
