package org.unionstations.portal.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.unionstations.portal.PortalIT;
import org.unionstations.portal.base.geo.CoordinateSystem;

/**
 * How long an import of 5,000 stations takes, preview and commit measured apart. Prints
 * {@code BENCHMARK} lines and checks only that every station was created; run with
 * {@code scripts/benchmark.sh ImportBenchmark}. The points are random but reproducible
 * (fixed seed) inside the Xianning districts; the stations are deleted afterwards.
 */
@PortalIT
class ImportBenchmark {

	private static final int ROWS = 5_000;

	private static final String PREFIX = "基准测试站点-";

	private static final String[] TYPES = { "工会驿站", "爱心母婴室", "心灵驿站", "职工之家" };

	private static final String[] SERVICES = { "热水、手机充电、无线网络", "哺乳椅、洗手池", "心理咨询室", "职工书屋、法律援助" };

	private static final String[] STATUSES = { "开放", "规划中", "建设中", "OPEN" };

	@Autowired
	StationImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails("planner")
	void import_5000_rows() {
		byte[] csv = csv(points(ROWS));
		// warm-up: the first preview loads classes and JIT-compiles the parser
		imports.preview("warm-up.csv", csv(points(200)), CoordinateSystem.WGS84);

		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		long startCpu = threads.getCurrentThreadCpuTime();
		ImportPreview preview = imports.preview("benchmark.csv", csv, CoordinateSystem.WGS84);
		long previewed = System.nanoTime();
		long previewedCpu = threads.getCurrentThreadCpuTime();
		assertThat(preview.allProblems()).isEmpty();
		ImportResult result = imports.commit(preview);
		long committed = System.nanoTime();
		long committedCpu = threads.getCurrentThreadCpuTime();

		System.out.printf(Locale.ROOT, "BENCHMARK import %d rows csv: preview %.2f s, commit %.2f s, total %.2f s%n",
				ROWS, seconds(start, previewed), seconds(previewed, committed), seconds(start, committed));
		// the machine may be shared: what the import cost this JVM thread, whatever else
		// runs
		System.out.printf(Locale.ROOT,
				"BENCHMARK import %d rows csv, CPU time of the importing thread: preview %.2f s, commit %.2f s "
						+ "(load average %.1f on %d cores)%n",
				ROWS, seconds(startCpu, previewedCpu), seconds(previewedCpu, committedCpu),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors());
		assertThat(result.created()).isEqualTo(ROWS);
		assertThat(jdbc.sql("SELECT count(*) FROM station WHERE name LIKE :p")
			.param("p", PREFIX + "%")
			.query(Long.class)
			.single()).isEqualTo(ROWS);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM change_revision r JOIN station s ON s.id = r.entity_id
				WHERE r.entity_type = 'STATION' AND r.action = 'IMPORT' AND s.name LIKE :p
				""").param("p", PREFIX + "%").query(Long.class).single()).isEqualTo(ROWS);

		// the same file again: every row is now a duplicate of a registered station
		long again = System.nanoTime();
		ImportPreview duplicates = imports.preview("benchmark.csv", csv, CoordinateSystem.WGS84);
		System.out.printf(Locale.ROOT, "BENCHMARK preview %d rows that all duplicate registered stations: %.2f s%n",
				ROWS, seconds(again, System.nanoTime()));
		assertThat(duplicates.rowsWithProblems()).isEqualTo(ROWS);
	}

	@AfterEach
	void deleteTheStations() {
		jdbc.sql("""
				DELETE FROM change_revision WHERE entity_type = 'STATION'
				  AND entity_id IN (SELECT id FROM station WHERE name LIKE :p)
				""").param("p", PREFIX + "%").update();
		jdbc.sql("DELETE FROM station WHERE name LIKE :p").param("p", PREFIX + "%").update();
	}

	/** Random points inside the districts' boundaries (PostGIS, fixed seed). */
	private List<double[]> points(int count) {
		return jdbc.sql("""
				SELECT ST_X(p.geom) AS lon, ST_Y(p.geom) AS lat
				FROM (SELECT (ST_Dump(ST_GeneratePoints(boundary, :each, 20261122))).geom FROM district ORDER BY code) p
				LIMIT :count
				""")
			.param("each", count / 6 + 1)
			.param("count", count)
			.query((rs, i) -> new double[] { rs.getDouble("lon"), rs.getDouble("lat") })
			.list();
	}

	private static byte[] csv(List<double[]> points) {
		StringBuilder csv = new StringBuilder("名称,类型,地址,经度,纬度,状态,依托单位,联系人,联系电话,开放时间,服务项目\n");
		for (int i = 0; i < points.size(); i++) {
			int kind = i % TYPES.length;
			csv.append(String.format(Locale.ROOT,
					"%s%05d,%s,湖北省咸宁市测试路%d号,%.6f,%.6f,%s,咸宁市总工会,联系人%d,0715-%07d,"
							+ "Mo 08:00-18:00;Tu 08:00-18:00;We 08:00-18:00;Th 08:00-18:00;Fr 08:00-18:00,%s\n",
					PREFIX, i, TYPES[kind], i, points.get(i)[0], points.get(i)[1], STATUSES[i % STATUSES.length], i, i,
					SERVICES[kind]));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}

}
