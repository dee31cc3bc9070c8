package org.unionstations.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.coverage.CandidateColumn;
import org.unionstations.portal.coverage.DemandCategory;
import org.unionstations.portal.coverage.DemandColumn;
import org.unionstations.portal.security.Role;
import org.unionstations.portal.station.Amenity;
import org.unionstations.portal.station.StationColumn;
import org.unionstations.portal.station.StationStatus;
import org.unionstations.portal.station.StationType;

/**
 * Chinese and English stay complete: same keys in both bundles, and every key the code
 * asks for exists.
 */
class MessageBundlesTest {

	/**
	 * A literal key: getTranslation("a.b") or getTranslation("a.b", args),
	 * and @Menu(title = "a.b"). Prefixes that the code completes with an enum name
	 * ("station.type." + type) are checked by the enum test below.
	 */
	private static final Pattern LITERAL_KEY = Pattern
		.compile("(?:getTranslation\\(|title\\s*=)\\s*\"([a-z][a-zA-Z0-9_.-]*[a-zA-Z0-9])\"\\s*[,)]");

	private final Properties chinese = load("/messages.properties");

	private final Properties english = load("/messages_en.properties");

	@Test
	void both_bundles_have_the_same_keys() {
		assertThat(english.stringPropertyNames()).as("keys missing from messages_en.properties")
			.containsAll(chinese.stringPropertyNames());
		assertThat(chinese.stringPropertyNames()).as("keys missing from messages.properties")
			.containsAll(english.stringPropertyNames());
	}

	@Test
	void no_translation_is_blank() {
		chinese.forEach((k, v) -> assertThat((String) v).as("zh " + k).isNotBlank());
		english.forEach((k, v) -> assertThat((String) v).as("en " + k).isNotBlank());
	}

	@Test
	void every_key_used_in_the_code_exists() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = LITERAL_KEY.matcher(Files.readString(file));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		assertThat(used).as("the scan found the keys").hasSizeGreaterThan(20);
		assertThat(chinese.stringPropertyNames()).containsAll(used);
	}

	@Test
	void every_key_the_import_and_export_services_look_up_exists() {
		for (String key : new String[] { "import.template.name", "import.template.address", "import.template.host",
				"import.template.contact", "export.sheet-name", "demand.import.template.name",
				"demand.export.sheet-name" }) {
			assertThat(chinese).containsKey(key);
		}
	}

	@Test
	void every_problem_an_import_reports_is_translated() throws IOException {
		Pattern problemKey = Pattern.compile(
				"\"((?:import\\.(?:file|problem)|station\\.validation|validation|programme(?:\\.[a-z]+)?\\.validation)\\.[a-z-]+)\"");
		Set<String> used = new TreeSet<>();
		// the shared reading in base.table, and the rules of each feature
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/unionstations/portal"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = problemKey.matcher(Files.readString(file));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		assertThat(used).contains("import.problem.duplicate-row", "validation.required", "import.file.missing-column");
		assertThat(chinese.stringPropertyNames()).containsAll(used);
	}

	@Test
	void every_enum_shown_to_users_is_translated() {
		for (StationType t : StationType.values()) {
			assertThat(chinese).containsKey("station.type." + t.name());
		}
		for (org.unionstations.portal.kpi.KpiSource k : org.unionstations.portal.kpi.KpiSource.values()) {
			assertThat(chinese).containsKey("kpi.source." + k.name());
		}
		for (org.unionstations.portal.kpi.KpiDirection k : org.unionstations.portal.kpi.KpiDirection.values()) {
			assertThat(chinese).containsKey("kpi.direction." + k.name());
		}
		for (org.unionstations.portal.kpi.KpiAggregation k : org.unionstations.portal.kpi.KpiAggregation.values()) {
			assertThat(chinese).containsKey("kpi.aggregation." + k.name());
		}
		for (org.unionstations.portal.kpi.ProgressColumn c : org.unionstations.portal.kpi.ProgressColumn.values()) {
			assertThat(chinese).containsKey(c.labelKey());
		}
		for (StationStatus s : StationStatus.values()) {
			assertThat(chinese).containsKey("station.status." + s.name());
		}
		for (Role r : Role.values()) {
			assertThat(chinese).containsKey("role." + r.name());
		}
		for (Amenity a : Amenity.values()) {
			assertThat(chinese).containsKey("station.amenity." + a.name());
		}
		for (StationColumn c : StationColumn.values()) {
			assertThat(chinese).containsKey(c.labelKey());
		}
		for (DemandCategory c : DemandCategory.values()) {
			assertThat(chinese).containsKey("demand.category." + c.name());
		}
		for (DemandColumn c : DemandColumn.values()) {
			assertThat(chinese).containsKey(c.labelKey());
		}
		for (CandidateColumn c : CandidateColumn.values()) {
			assertThat(chinese).containsKey(c.labelKey());
		}
		for (org.unionstations.portal.programme.Programme p : org.unionstations.portal.programme.Programme.values()) {
			assertThat(chinese).containsKey("programme." + p.name());
		}
		for (var s : org.unionstations.portal.programme.UpgradeStatus.values()) {
			assertThat(chinese).containsKey("programme.upgrade.status." + s.name());
		}
		for (var s : org.unionstations.portal.programme.UpgradeScope.values()) {
			assertThat(chinese).containsKey("programme.upgrade.scope." + s.name());
		}
		for (var s : org.unionstations.portal.programme.LegalStatus.values()) {
			assertThat(chinese).containsKey("programme.legal.status." + s.name());
		}
		for (var s : org.unionstations.portal.programme.LegalPartnerKind.values()) {
			assertThat(chinese).containsKey("programme.legal.partner." + s.name());
		}
		for (var s : org.unionstations.portal.programme.FlagshipStatus.values()) {
			assertThat(chinese).containsKey("programme.flagship.status." + s.name());
		}
		for (var s : org.unionstations.portal.programme.FlagshipCriterion.values()) {
			assertThat(chinese).containsKey("programme.flagship.criterion." + s.name());
		}
		for (CoordinateSystem c : CoordinateSystem.values()) {
			assertThat(chinese).containsKey("crs." + c.name());
		}
	}

	private static Properties load(String resource) {
		try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
			Properties p = new Properties();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return p;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
