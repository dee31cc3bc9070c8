package org.unionstations.portal.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.audit.ChangeAction;
import org.unionstations.portal.audit.FieldChange;
import org.unionstations.portal.audit.Revision;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.district.DistrictService;

/**
 * Setting up a year from the last, adding KPIs to a catalogue and editing a target, as a
 * planner: what is stored, what the change log says, and every refusal at its field. Each
 * test's writes are rolled back.
 */
@PortalIT
@Transactional
class KpiTargetServiceIT {

	@Autowired
	KpiTargetService targets;

	@Autowired
	KpiService kpis;

	@Autowired
	DistrictService districts;

	@Test
	@WithUserDetails("planner")
	void copying_2026_sets_up_2027_with_the_catalogue_and_2026_actuals_as_last_year() {
		List<KpiDefinition> source = kpis.catalogue(2026);
		assertThat(kpis.catalogue(2027)).isEmpty();
		Map<String, BigDecimal> actuals = kpis.board(2026, LocalDate.of(2026, 12, 31))
			.cards()
			.stream()
			.collect(Collectors.toMap(c -> c.kpi().code(), KpiCard::actual));

		CopiedYear copied = targets.copyToNextYear(2026);

		assertThat(copied.year()).isEqualTo(2027);
		assertThat(copied.kpis()).isEqualTo(20);
		assertThat(copied.actualsAsOf()).isEqualTo(kpis.today());
		List<KpiDefinition> next = kpis.catalogue(2027);
		assertThat(next).extracting(KpiDefinition::code)
			.containsExactlyElementsOf(source.stream().map(KpiDefinition::code).toList());
		Map<String, KpiDefinition> before = source.stream()
			.collect(Collectors.toMap(KpiDefinition::code, Function.identity()));
		for (KpiDefinition k : next) {
			KpiDefinition old = before.get(k.code());
			assertThat(k.year()).isEqualTo(2027);
			assertThat(List.of(k.nameZh(), k.nameEn(), k.unitZh(), k.unitEn())).containsExactly(old.nameZh(),
					old.nameEn(), old.unitZh(), old.unitEn());
			assertThat(k.target()).as(k.code()).isEqualByComparingTo(old.target());
			assertThat(List.of(k.direction(), k.source(), k.aggregation())).containsExactly(old.direction(),
					old.source(), old.aggregation());
			assertThat(k.monthlyProfile()).isEqualTo(old.monthlyProfile());
			assertThat(k.districtTargets()).isEqualTo(old.districtTargets());
			assertThat(k.lastYearActual()).as(k.code()).isEqualByComparingTo(actuals.get(k.code()));
		}
		// the demo's warmth visits: 6,240 by the end of November, none since
		assertThat(next.stream().filter(k -> k.code().equals("WARMTH")).findFirst().orElseThrow().lastYearActual())
			.isEqualByComparingTo("6240");

		List<Revision> history = targets.history(next.getFirst().id());
		assertThat(history).hasSize(1);
		assertThat(history.getFirst().action()).isEqualTo(ChangeAction.CREATE);
		assertThat(history.getFirst().changedBy()).isEqualTo("planner");
		assertThat(history.getFirst().changes()).contains(new FieldChange("code", null, "PEOPLE_SERVED"),
				new FieldChange("year", null, "2027"));
		assertThat(kpis.years()).containsExactly(2027, 2026, 2025);
	}

	@Test
	@WithUserDetails("planner")
	void a_year_that_already_has_kpis_or_one_without_any_to_copy_is_refused() {
		assertThatThrownBy(() -> targets.copyToNextYear(2025)).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).problems())
				.containsExactly(FieldProblem.of("year", "kpi.copy.exists", 2026)));
		assertThatThrownBy(() -> targets.copyToNextYear(2030)).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).problems())
				.containsExactly(FieldProblem.of("year", "kpi.copy.nothing", 2030)));
		assertThat(kpis.catalogue(2026)).hasSize(20);
	}

	@Test
	@WithUserDetails("leader")
	void leaders_can_neither_copy_nor_add() {
		assertThatThrownBy(() -> targets.copyToNextYear(2026)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> targets.create(valid("NEW_ONE"))).isInstanceOf(AccessDeniedException.class);
		assertThat(targets.canEdit()).isFalse();
	}

	@Test
	@WithUserDetails("planner")
	void a_new_kpi_joins_the_end_of_its_year_and_is_logged() {
		KpiDefinition created = targets.create(valid("LIBRARY_VISITS"));

		List<KpiDefinition> catalogue = kpis.catalogue(2026);
		assertThat(catalogue.getLast()).isEqualTo(created);
		assertThat(created.nameZh()).isEqualTo("职工书屋借阅");
		assertThat(created.aggregation()).isEqualTo(KpiAggregation.LEVEL);
		assertThat(kpis.board(2026, null).cards()).hasSize(21);
		Revision revision = targets.history(created.id()).getFirst();
		assertThat(revision.action()).isEqualTo(ChangeAction.CREATE);
		assertThat(revision.changes()).contains(new FieldChange("nameZh", null, "职工书屋借阅"),
				new FieldChange("target", null, "1200"), new FieldChange("aggregation", null, "LEVEL"));
		// a catalogue for a year without one: how another federation starts
		KpiDefinition first = targets
			.create(new NewKpiDraft(2031, "WARMTH", "送温暖", "Warmth visits", "人次", "person-times", KpiSource.REPORTED,
					KpiDirection.AT_LEAST, KpiAggregation.SUM, BigDecimal.valueOf(5000)));
		assertThat(kpis.catalogue(2031)).containsExactly(first);
	}

	@Test
	@WithUserDetails("planner")
	void every_problem_of_a_new_kpi_is_named_at_its_field() {
		assertThat(problems(new NewKpiDraft(2026, "warmth", " ", "x".repeat(101), "单位单位单位单位单位单位单位单位单位单位单", "",
				KpiSource.PEOPLE_SERVED, KpiDirection.AT_LEAST, KpiAggregation.LATEST, new BigDecimal("-1"))))
			.containsExactlyInAnyOrder(FieldProblem.of("code", "kpi.validation.code"),
					FieldProblem.of("nameZh", "validation.required"),
					FieldProblem.of("nameEn", "validation.too-long", 100),
					FieldProblem.of("unitZh", "validation.too-long", 20),
					FieldProblem.of("aggregation", "kpi.validation.aggregation-computed"),
					FieldProblem.of("target", "kpi.validation.target-range"));
		assertThat(problems(draft(2026, "WARMTH")))
			.containsExactly(FieldProblem.of("code", "kpi.validation.code-taken", "WARMTH", 2026));
		assertThat(problems(draft(2026, "A"))).containsExactly(FieldProblem.of("code", "kpi.validation.code"));
		assertThat(problems(draft(2026, "A".repeat(41))))
			.containsExactly(FieldProblem.of("code", "kpi.validation.code"));
		assertThat(problems(draft(1999, "OLD")))
			.containsExactly(FieldProblem.of("year", "kpi.validation.year", 2000, 2100));
		assertThat(problems(new NewKpiDraft(2026, "NAME_WITH_BIDI", "名称\u202E", "Name", "", "", KpiSource.REPORTED,
				KpiDirection.AT_LEAST, KpiAggregation.SUM, BigDecimal.ONE)))
			.extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("nameZh", "validation.control-character"));
		assertThat(problems(new NewKpiDraft(2026, "ROUNDED", "名称", "Name", "", "", KpiSource.REPORTED,
				KpiDirection.AT_LEAST, KpiAggregation.SUM, new BigDecimal("1.005"))))
			.containsExactly(FieldProblem.of("target", "kpi.progress.validation.decimals"));
		assertThat(kpis.catalogue(2026)).hasSize(20);
	}

	@Test
	@WithUserDetails("planner")
	void a_target_its_district_split_and_profile_are_stored_and_logged() {
		KpiDefinition warmth = definition("WARMTH");
		DistrictRef xianan = districts.list().stream().filter(d -> d.code().equals("421202")).findFirst().orElseThrow();
		List<BigDecimal> profile = java.util.Collections.nCopies(12, BigDecimal.ONE);

		KpiDefinition saved = targets.update(warmth.id(), warmth.version(), new KpiTargetDraft(new BigDecimal("6500"),
				KpiDirection.AT_LEAST, profile, new BigDecimal("5900"), Map.of(xianan.id(), new BigDecimal("2000"))));

		assertThat(saved.target()).isEqualByComparingTo("6500");
		assertThat(kpis.definition(warmth.id()).districtTargets()).containsOnlyKeys(xianan.id());
		Revision revision = targets.history(warmth.id()).getFirst();
		assertThat(revision.action()).isEqualTo(ChangeAction.UPDATE);
		assertThat(revision.changes()).contains(new FieldChange("target", "6000", "6500"),
				new FieldChange("districtTargets", null, xianan.id() + "=2000"));

		assertThatThrownBy(() -> targets.update(warmth.id(), saved.version(),
				new KpiTargetDraft(new BigDecimal("6500.125"), KpiDirection.AT_LEAST, null, null,
						Map.of(xianan.id(), new BigDecimal("-5"), 999_999L, BigDecimal.ONE))))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).problems()).containsExactlyInAnyOrder(
					FieldProblem.of("target", "kpi.progress.validation.decimals"),
					FieldProblem.of("districtTargets." + xianan.id(), "kpi.validation.target-range"),
					FieldProblem.of("districtTargets.999999", "kpi.validation.district-unknown")));
	}

	private List<FieldProblem> problems(NewKpiDraft draft) {
		try {
			targets.create(draft);
		}
		catch (InvalidInputException e) {
			return e.problems();
		}
		throw new AssertionError("accepted: " + draft);
	}

	private static NewKpiDraft valid(String code) {
		return new NewKpiDraft(2026, code, "职工书屋借阅", "Union library loans", "册", "books", KpiSource.REPORTED,
				KpiDirection.AT_LEAST, KpiAggregation.LEVEL, BigDecimal.valueOf(1200));
	}

	private static NewKpiDraft draft(int year, String code) {
		return new NewKpiDraft(year, code, "名称", "Name", "个", "items", KpiSource.REPORTED, KpiDirection.AT_LEAST,
				KpiAggregation.SUM, BigDecimal.TEN);
	}

	private KpiDefinition definition(String code) {
		return kpis.catalogue(2026).stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
	}

}
