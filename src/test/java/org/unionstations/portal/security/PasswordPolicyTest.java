package org.unionstations.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;

class PasswordPolicyTest {

	@Test
	void ten_characters_that_are_neither_the_name_nor_a_demo_password_pass() {
		assertThat(PasswordPolicy.check("password", "chief", "xianning10")).isEmpty();
		assertThat(PasswordPolicy.check("password", "chief", "咸宁市总工会驿站管理员")).isEmpty();
	}

	@Test
	void nine_characters_are_too_short_counting_characters_not_bytes() {
		assertThat(PasswordPolicy.check("password", "chief", "xianning9"))
			.containsExactly(FieldProblem.of("password", PasswordPolicy.TOO_SHORT, 10));
		assertThat(PasswordPolicy.check("password", "chief", "咸宁市总工会驿站管"))
			.containsExactly(FieldProblem.of("password", PasswordPolicy.TOO_SHORT, 10));
	}

	@Test
	void the_user_name_in_any_case_is_refused() {
		assertThat(PasswordPolicy.check("password", "Administrator", "administrator"))
			.containsExactly(FieldProblem.of("password", PasswordPolicy.SAME_AS_USERNAME));
	}

	@Test
	void a_demo_password_is_refused_for_itself_as_well_as_for_its_length() {
		assertThat(PasswordPolicy.check("newPassword", "chief", "Operator2")).containsExactly(
				FieldProblem.of("newPassword", PasswordPolicy.TOO_SHORT, 10),
				FieldProblem.of("newPassword", PasswordPolicy.DEMO_PASSWORD));
		assertThat(PasswordPolicy.check("password", "admin", "admin")).extracting(FieldProblem::messageKey)
			.containsExactly(PasswordPolicy.TOO_SHORT, PasswordPolicy.SAME_AS_USERNAME, PasswordPolicy.DEMO_PASSWORD);
	}

	@Test
	void require_refuses_with_every_problem_and_accepts_a_good_password() {
		assertThatThrownBy(() -> PasswordPolicy.require("password", "leader", "leader"))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).hasSize(3));
		PasswordPolicy.require("password", "leader", "a long and good one");
	}

}
