package org.unionstations.portal.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.audit.ChangeAction;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.district.DistrictService;

/**
 * The rules of a progress entry, each refusal at its field, and what a saved entry does
 * to the KPI's figure. Each test's writes are rolled back.
 */
@PortalIT
@Transactional
class KpiProgressServiceIT {

	@Autowired
	KpiProgressService progress;

	@Autowired
	KpiService kpis;

	@Autowired
	DistrictService districts;

	@Test
	@WithUserDetails("planner")
	void an_entry_moves_the_figure_and_a_correction_takes_it_back() {
		KpiDefinition warmth = definition("WARMTH");
		BigDecimal before = figure(warmth);
		long xianan = districts.list().getFirst().id();

		ProgressRow row = progress
			.create(new ProgressDraft(warmth.id(), kpis.today(), new BigDecimal("120"), false, xianan, "12 月第一周走访"));
		assertThat(figure(warmth)).isEqualByComparingTo(before.add(new BigDecimal("120")));
		assertThat(progress.list(warmth.id()).getFirst()).isEqualTo(row);

		progress.create(new ProgressDraft(warmth.id(), kpis.today(), new BigDecimal("-20"), true, null, null));
		assertThat(figure(warmth)).isEqualByComparingTo(before.add(new BigDecimal("100")));

		ProgressRow updated = progress.update(row.id(), row.version(),
				new ProgressDraft(warmth.id(), kpis.today(), new BigDecimal("150"), false, xianan, "改为 150"));
		assertThat(figure(warmth)).isEqualByComparingTo(before.add(new BigDecimal("130")));
		assertThatThrownBy(() -> progress.update(row.id(), row.version(),
				new ProgressDraft(warmth.id(), kpis.today(), BigDecimal.ONE, false, null, null)))
			.isInstanceOf(ConcurrentEditException.class);

		progress.delete(updated.id(), updated.version());
		assertThat(progress.history(row.id())).extracting(r -> r.action())
			.containsExactly(ChangeAction.DELETE, ChangeAction.UPDATE, ChangeAction.CREATE);
	}

	@Test
	@WithUserDetails("planner")
	void every_rule_of_an_entry_refuses_at_its_field() {
		KpiDefinition warmth = definition("WARMTH");
		LocalDate today = kpis.today();
		assertThat(refused(warmth, today.plusDays(1), "1", false, null, null))
			.containsExactly(FieldProblem.of("date", "kpi.progress.validation.future"));
		assertThat(refused(warmth, LocalDate.of(2025, 12, 31), "1", false, null, null))
			.containsExactly(FieldProblem.of("date", "kpi.progress.validation.year", 2026));
		assertThat(refused(warmth, today, "-3", false, null, null))
			.containsExactly(FieldProblem.of("amount", "kpi.progress.validation.negative"));
		assertThat(refused(warmth, today, "1.005", false, null, null))
			.containsExactly(FieldProblem.of("amount", "kpi.progress.validation.decimals"));
		assertThat(refused(warmth, today, "1000000000000", false, null, null))
			.containsExactly(FieldProblem.of("amount", "kpi.progress.validation.amount-range"));
		assertThat(refused(warmth, today, "1", false, 999_999L, null))
			.containsExactly(FieldProblem.of("district", "kpi.validation.district-unknown"));
		assertThat(refused(warmth, today, "1", false, null, "x".repeat(501)))
			.containsExactly(FieldProblem.of("note", "validation.too-long", 500));
		assertThat(refused(warmth, today, "1", false, null, "备注\u202E"))
			.extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("note", "validation.control-character"));
		assertThat(refused(definition("SMART_UPGRADES"), today, "1", false, null, null))
			.containsExactly(FieldProblem.of("kpi", "kpi.progress.validation.computed"));
		assertThat(progress.list(warmth.id())).noneMatch(r -> r.date().equals(today));
	}

	@Test
	@WithUserDetails("leader")
	void leaders_read_entries_but_cannot_write_them() {
		KpiDefinition warmth = definition("WARMTH");
		assertThat(progress.list(warmth.id())).isNotEmpty();
		assertThatThrownBy(
				() -> progress.create(new ProgressDraft(warmth.id(), kpis.today(), BigDecimal.ONE, false, null, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private List<FieldProblem> refused(KpiDefinition kpi, LocalDate date, String amount, boolean correction,
			Long district, String note) {
		try {
			progress.create(new ProgressDraft(kpi.id(), date, new BigDecimal(amount), correction, district, note));
		}
		catch (InvalidInputException e) {
			return e.problems();
		}
		throw new AssertionError("accepted");
	}

	private BigDecimal figure(KpiDefinition kpi) {
		return kpis.detail(kpi.id(), null).card().actual();
	}

	private KpiDefinition definition(String code) {
		return kpis.catalogue(2026).stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
	}

}
