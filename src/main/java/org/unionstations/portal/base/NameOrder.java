package org.unionstations.portal.base;

import java.util.Comparator;
import java.util.function.Function;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * The order in which people expect names: Chinese by pinyin (北港 · 九宫山 · 南林桥, not by code
 * point, which gives 九 · 北 · 南), Latin letters alphabetically whatever their case, digits
 * before letters, letters before Chinese. The database sorts its name columns the same
 * way (collation {@code pinyin}, migration V5, with the same ICU locale), so lists that
 * come sorted from a query are already in this order; this is for lists sorted in memory.
 * The order does not depend on the language of the user interface: station names are
 * Chinese in both.
 * <p>
 * ICU (ICU4J), not the JDK's Chinese {@code java.text.Collator}: that one orders only the
 * common characters (GB 2312 level 1) by pinyin and puts the rarer ones, frequent in
 * place names (淦河, 茶庵岭), after all of them.
 */
public final class NameOrder {

	/** The ICU locale of the database collation {@code pinyin} (migration V5). */
	public static final String ICU_LOCALE = "zh-u-co-pinyin-kr-latn-hani";

	/** Frozen, hence safe to share between threads. */
	private static final Collator COLLATOR = Collator.getInstance(ULocale.forLanguageTag(ICU_LOCALE)).freeze();

	private static final Comparator<String> NAMES = Comparator.nullsLast(COLLATOR::compare);

	private NameOrder() {
	}

	/** Names in pinyin order; {@code null} last. */
	public static Comparator<String> names() {
		return NAMES;
	}

	/** Items by the name {@code name} gives them, in pinyin order; no name last. */
	public static <T> Comparator<T> by(Function<? super T, String> name) {
		return Comparator.comparing(name, NAMES);
	}

}
