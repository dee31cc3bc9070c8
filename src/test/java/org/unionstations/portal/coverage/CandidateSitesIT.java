package org.unionstations.portal.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.geo.CoordinateConverter;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.table.Csv;
import org.unionstations.portal.base.table.TestWorkbooks;
import org.unionstations.portal.base.geo.LonLat;
import org.unionstations.portal.station.StationType;

/**
 * Candidate sites from a file drive the siting: read with every problem reported, used
 * only when clean, and the suggestions come from them alone.
 */
@PortalIT
@Transactional
@WithUserDetails("planner")
class CandidateSitesIT {

	private static final CoverageScope OPEN_POST = new CoverageScope(StationType.UNION_POST_STATION, false);

	@Autowired
	CoverageService coverage;

	@Test
	void every_bad_row_is_reported_and_no_candidate_is_used() {
		String csv = "名称,经度,纬度\n" // 1
				+ "好的候选,114.33,29.86\n" // 2
				+ ",114.33,29.86\n" // 3: no name
				+ "坐标不对,abc,\n" // 4: longitude not a number, latitude missing
				+ "北京,116.40,39.90\n" // 5: outside the city
				+ "纬度超界,114.33,95\n"; // 6: latitude out of range

		CandidateFile file = coverage.readCandidates("candidates.csv", utf8(csv), CoordinateSystem.WGS84);

		assertThat(file.rowCount()).isEqualTo(5);
		assertThat(file.rowsWithProblems()).isEqualTo(4);
		assertThat(problems(file, 2)).isEmpty();
		assertThat(problems(file, 3)).containsExactly(FieldProblem.of("name", "validation.required"));
		assertThat(problems(file, 4)).containsExactly(
				FieldProblem.of("longitude", "import.problem.not-a-number", "abc"),
				FieldProblem.of("latitude", "validation.required"));
		assertThat(problems(file, 5)).containsExactly(FieldProblem.of("location", "station.validation.outside-city"));
		assertThat(problems(file, 6))
			.containsExactly(FieldProblem.of("latitude", "station.validation.coordinate-range", -90.0, 90.0));
		assertThat(file.candidates()).isEmpty();

		assertThat(coverage.readCandidates("candidates.pdf", utf8(csv), CoordinateSystem.WGS84).fileProblems())
			.containsExactly(FieldProblem.of("file", "import.file.type"));
		assertThat(coverage.readCandidates("c.csv", utf8("名称,经度\nA,114\n"), CoordinateSystem.WGS84).fileProblems())
			.containsExactly(FieldProblem.of("latitude", "import.file.missing-column"));
	}

	@Test
	void a_candidate_exactly_on_a_shared_district_border_is_accepted() {
		CandidateFile file = coverage.readCandidates("border.csv", utf8("名称,经度,纬度\n边界候选,113.737479,29.471404\n"),
				CoordinateSystem.WGS84);

		assertThat(problems(file, 2)).isEmpty();
		assertThat(file.candidates()).extracting(Candidate::label).containsExactly("边界候选");
	}

	@Test
	void the_template_s_example_stays_out_of_the_data_and_reads_cleanly_when_copied() {
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			byte[] template = coverage.candidateTemplate(locale);
			List<List<String>> data = TestWorkbooks.sheet(template, 0);
			assertThat(data).containsExactly(
					locale == Locale.ENGLISH ? List.of("Name", "Longitude", "Latitude") : List.of("名称", "经度", "纬度"));
			assertThat(coverage.readCandidates("template.xlsx", template, CoordinateSystem.WGS84).fileProblems())
				.extracting(FieldProblem::messageKey)
				.containsExactly("import.file.no-rows");
			List<List<String>> guide = TestWorkbooks.sheet(template, 1);
			List<String> example = guide.get(guide.indexOf(data.get(0)) + 1);
			CandidateFile copied = coverage.readCandidates("filled.csv", Csv.write(List.of(data.get(0), example)),
					CoordinateSystem.WGS84);
			assertThat(copied.allProblems()).isEmpty();
			assertThat(copied.rows()).hasSize(1);
		}
	}

	@Test
	void the_suggestions_come_from_the_uploaded_candidates_only() {
		Cancellation go = coverage.newCancellation();
		// candidates where uncovered workers are (in GCJ-02, as from Amap), and one in
		// the
		// mountains far from anyone
		List<UncoveredPoint> uncovered = coverage.uncovered(OPEN_POST, go);
		StringBuilder csv = new StringBuilder("Name,Longitude,Latitude\n");
		for (int i = 0; i < 3; i++) {
			LonLat gcj = CoordinateConverter
				.wgs84ToGcj02(new LonLat(uncovered.get(i).longitude(), uncovered.get(i).latitude()));
			csv.append(String.format(Locale.ROOT, "候选%d,%.7f,%.7f%n", i + 1, gcj.longitude(), gcj.latitude()));
		}
		csv.append("深山候选,114.60,29.45\n");

		CandidateFile file = coverage.readCandidates("sites.csv", utf8(csv.toString()), CoordinateSystem.GCJ02);
		assertThat(file.allProblems()).isEmpty();
		List<Candidate> candidates = file.candidates();
		assertThat(candidates).hasSize(4);
		assertThat(candidates.getFirst().longitude()).isCloseTo(uncovered.getFirst().longitude(), within(1e-5));
		assertThat(candidates.getFirst().latitude()).isCloseTo(uncovered.getFirst().latitude(), within(1e-5));

		List<SitingSuggestion> sites = coverage.suggestSites(OPEN_POST, 5, 1000, candidates, go, Progress.NONE);

		Set<String> names = candidates.stream().map(Candidate::label).collect(Collectors.toSet());
		assertThat(sites).isNotEmpty().hasSizeLessThanOrEqualTo(4);
		assertThat(sites).allSatisfy(s -> assertThat(names).contains(s.label()));
		assertThat(sites.getFirst().label()).startsWith("候选");
		assertThat(sites).extracting(SitingSuggestion::label).doesNotContain("深山候选");
		assertThat(sites.getFirst().addedWorkers()).isGreaterThanOrEqualTo(uncovered.getFirst().workers());
		// a run suggests the same sites from the same candidates
		assertThat(coverage.suggestSites(coverage.run(OPEN_POST, go), 5, 1000, candidates, go, Progress.NONE))
			.isEqualTo(sites);
	}

	@Test
	@WithUserDetails("leader")
	void leaders_do_not_upload_candidates() {
		assertThatThrownBy(() -> coverage.readCandidates("c.csv", utf8("名称,经度,纬度\n"), CoordinateSystem.WGS84))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static List<FieldProblem> problems(CandidateFile file, int rowNumber) {
		return file.rows().stream().filter(r -> r.rowNumber() == rowNumber).findFirst().orElseThrow().problems();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
