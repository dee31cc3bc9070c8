package org.unionstations.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class NameOrderTest {

	@Test
	void chinese_names_sort_by_pinyin_not_by_code_point() {
		List<String> names = new ArrayList<>(List.of("九宫山镇工会驿站", "南林桥镇工会驿站", "北港镇工会驿站"));
		// code point order, what String.compareTo gives: 九 U+4E5D, 北 U+5317, 南 U+5357
		assertThat(names.stream().sorted().toList()).containsExactly("九宫山镇工会驿站", "北港镇工会驿站", "南林桥镇工会驿站");

		names.sort(NameOrder.names());

		// bei < jiu < nan
		assertThat(names).containsExactly("北港镇工会驿站", "九宫山镇工会驿站", "南林桥镇工会驿站");
	}

	@Test
	void rare_characters_of_place_names_sort_by_their_pinyin_too() {
		// 淦 (gàn) and 庵 (ān) are not among the common characters of GB 2312, which the
		// JDK's Chinese Collator alone orders by pinyin
		List<String> names = new ArrayList<>(List.of("九宫山", "淦河大道", "官埠桥镇", "茶花国际", "茶庵岭正街", "甘棠"));

		names.sort(NameOrder.names());

		assertThat(names).containsExactly("茶庵岭正街", "茶花国际", "甘棠", "淦河大道", "官埠桥镇", "九宫山");
	}

	@Test
	void districts_digits_latin_and_missing_names_have_their_place() {
		List<String> names = Arrays.asList("咸安区", null, "通山县", "Zeta 驿站", "赤壁市", "alpha", "12号驿站", "崇阳县", "嘉鱼县", "通城县");

		names.sort(NameOrder.names());

		assertThat(names).containsExactly("12号驿站", "alpha", "Zeta 驿站", "赤壁市", "崇阳县", "嘉鱼县", "通城县", "通山县", "咸安区", null);
	}

	@Test
	void records_sort_by_their_name() {
		record Row(String name, int n) {
		}
		List<Row> rows = new ArrayList<>(List.of(new Row("南林桥", 1), new Row("九宫山", 2), new Row("北港", 3)));

		rows.sort(NameOrder.by(Row::name));

		assertThat(rows).extracting(Row::n).containsExactly(3, 2, 1);
	}

}
