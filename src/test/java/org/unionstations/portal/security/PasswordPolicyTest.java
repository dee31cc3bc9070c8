package org.unionstations.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;

/** The password rules, wherever a password is set. */
class PasswordPolicyTest {

	@Test
	void ten_characters_that_are_not_the_username_nor_a_demo_password_are_accepted() {
		assertThat(PasswordPolicy.check("password", "zhangwei", "桂花路-8号-Xian")).isEmpty();
		assertThat(PasswordPolicy.check("password", "zhangwei", "0123456789")).isEmpty();
	}

	@Test
	void nine_characters_are_too_short_counted_as_characters_not_bytes() {
		assertThat(PasswordPolicy.check("password", "zhangwei", "abcdefghi")).extracting(FieldProblem::messageKey)
			.containsExactly(PasswordPolicy.TOO_SHORT);
		assertThat(PasswordPolicy.check("password", "zhangwei", "咸宁市咸安区工会驿站")).isEmpty();
		assertThat(PasswordPolicy.check("password", "zhangwei", "abcdefghi").getFirst().args()).containsExactly(10);
	}

	@Test
	void the_username_in_any_case_is_refused() {
		assertThat(PasswordPolicy.check("password", "wang.min.2024", "WANG.MIN.2024"))
			.extracting(FieldProblem::messageKey)
			.containsExactly(PasswordPolicy.SAME_AS_USERNAME);
	}

	@Test
	void every_demo_password_is_refused_whatever_else_is_wrong_too() {
		for (String demo : PasswordPolicy.DEMO_PASSWORDS) {
			assertThat(PasswordPolicy.check("password", "someone", demo)).extracting(FieldProblem::messageKey)
				.contains(PasswordPolicy.DEMO_PASSWORD, PasswordPolicy.TOO_SHORT);
		}
		assertThat(PasswordPolicy.check("password", "admin", "Admin")).extracting(FieldProblem::messageKey)
			.containsExactly(PasswordPolicy.TOO_SHORT, PasswordPolicy.SAME_AS_USERNAME, PasswordPolicy.DEMO_PASSWORD);
	}

	@Test
	void more_than_bcrypt_reads_is_refused_instead_of_cut_silently() {
		assertThat(PasswordPolicy.check("password", "someone", "a".repeat(72))).isEmpty();
		assertThat(PasswordPolicy.check("password", "someone", "a".repeat(73))).extracting(FieldProblem::messageKey)
			.containsExactly(PasswordPolicy.TOO_LONG);
		// 25 Chinese characters are 75 bytes in UTF-8
		assertThat(PasswordPolicy.check("password", "someone", "站".repeat(25))).extracting(FieldProblem::messageKey)
			.containsExactly(PasswordPolicy.TOO_LONG);
	}

	@Test
	void require_names_the_field_it_was_given() {
		assertThatThrownBy(() -> PasswordPolicy.require("newPassword", "someone", "short")).isInstanceOfSatisfying(
				InvalidInputException.class,
				e -> assertThat(e.problems()).extracting(FieldProblem::field).containsOnly("newPassword"));
	}

}
