package org.unionstations.portal.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;

/**
 * A smart upgrade's rules, checked by the service for every save (single, bulk, import).
 * Field names are the {@link SmartUpgradeDraft} components, so a grid shows each problem
 * at its cell.
 */
final class SmartUpgradeRules {

	private SmartUpgradeRules() {
	}

	/**
	 * @param from the stored status (null for a new record, which may start at any status
	 * its dates support: programme lists are often recorded after the fact)
	 */
	static List<FieldProblem> check(@Nullable UpgradeStatus from, SmartUpgradeDraft d, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		ProgrammeChecks.year(problems, d.year());
		budget(problems, d.budget());
		ProgrammeChecks.text(problems, "contractor", d.contractor(), ProgrammeLimits.NAME_MAX);
		ProgrammeChecks.text(problems, "cancelReason", d.cancelReason(), ProgrammeLimits.REASON_MAX);
		ProgrammeChecks.text(problems, "acceptanceNote", d.acceptanceNote(), ProgrammeLimits.NOTE_MAX);
		ProgrammeChecks.order(problems, "plannedCompletion", d.plannedStart(), d.plannedCompletion());
		ProgrammeChecks.order(problems, "actualCompletion", d.actualStart(), d.actualCompletion());
		ProgrammeChecks.notFuture(problems, "actualStart", d.actualStart(), today);
		ProgrammeChecks.notFuture(problems, "actualCompletion", d.actualCompletion(), today);
		ProgrammeChecks.notFuture(problems, "acceptanceDate", d.acceptanceDate(), today);
		if (from != null && !from.canMoveTo(d.status())) {
			problems.add(FieldProblem.of("status", "programme.validation.status-step"));
		}
		UpgradeStatus s = d.status();
		if ((s == UpgradeStatus.COMPLETED || s == UpgradeStatus.ACCEPTED) && d.actualCompletion() == null) {
			problems.add(FieldProblem.of("actualCompletion", "programme.upgrade.validation.completion-required"));
		}
		if (s == UpgradeStatus.ACCEPTED) {
			if (d.acceptanceDate() == null) {
				problems.add(FieldProblem.of("acceptanceDate", "programme.upgrade.validation.acceptance-required"));
			}
			else if (d.actualCompletion() != null && d.acceptanceDate().isBefore(d.actualCompletion())) {
				problems.add(
						FieldProblem.of("acceptanceDate", "programme.upgrade.validation.acceptance-before-completion"));
			}
		}
		if (s == UpgradeStatus.CANCELLED && ProgrammeLimits.blankToNull(d.cancelReason()) == null) {
			problems.add(FieldProblem.of("cancelReason", "programme.validation.reason-required"));
		}
		return problems;
	}

	private static void budget(List<FieldProblem> problems, @Nullable BigDecimal budget) {
		if (budget == null) {
			return;
		}
		if (budget.signum() < 0) {
			problems.add(FieldProblem.of("budget", "programme.validation.budget-negative"));
		}
		else if (budget.compareTo(ProgrammeLimits.BUDGET_MAX) > 0) {
			problems.add(FieldProblem.of("budget", "programme.validation.budget-too-large"));
		}
		else if (budget.stripTrailingZeros().scale() > 2) {
			problems.add(FieldProblem.of("budget", "programme.validation.budget-decimals"));
		}
	}

}
