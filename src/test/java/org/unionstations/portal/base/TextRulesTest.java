package org.unionstations.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRulesTest {

	@Test
	void control_and_direction_override_characters_are_refused_with_their_code() {
		assertThat(TextRules.check("name", "温泉路\u0000驿站", true))
			.contains(FieldProblem.of("name", TextRules.CONTROL_CHARACTER, "U+0000"));
		assertThat(TextRules.check("name", "invoice\u202Egpj.exe", true))
			.contains(FieldProblem.of("name", TextRules.CONTROL_CHARACTER, "U+202E"));
		for (char c : new char[] { '\u0001', '\u001B', '\u007F', '\u0085', '\u202A', '\u202D', '\u2066', '\u2069' }) {
			assertThat(TextRules.firstForbidden("a" + c, true)).isEqualTo(c);
		}
	}

	@Test
	void tabs_and_line_breaks_only_where_text_may_run_over_lines() {
		assertThat(TextRules.check("address", "一楼\n二楼\tA", true)).isEmpty();
		assertThat(TextRules.check("name", "一楼\n二楼", false))
			.contains(FieldProblem.of("name", TextRules.CONTROL_CHARACTER, "U+000A"));
		assertThat(TextRules.check("name", "温泉路驿站 (A) – 24h ‘快’ 🙂", false)).isEmpty();
	}

}
