package org.unionstations.portal.coverage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionstations.portal.station.StationType;

/**
 * The SQL of coverage runs (migration V14): a run's covered set materialised once in
 * {@code coverage_run_covered}, and everything read from it afterwards — the report, the
 * uncovered list page by page, its count, the distances filled in batches, the rows of an
 * export as a stream, the siting pairs. The covered set and the nearest-station rule are
 * {@link CoverageSpatialRepository}'s, unchanged.
 */
@Repository
class CoverageRunRepository {

	/**
	 * The run's covered point ids (a query, each once); parameter run. Named {@code id}
	 * where {@link CoverageSpatialRepository#sitingPairs} expects it.
	 */
	static final String RUN_COVERED = "SELECT point_id AS id FROM coverage_run_covered WHERE run_id = :run";

	/** The demand points a run saw (parameter maxPointId). */
	static final String RUN_POINTS = "dp.id <= :maxPointId";

	/** Uncovered in the run: a demand point it saw that is not in its covered set. */
	static final String RUN_UNCOVERED = RUN_POINTS
			+ " AND NOT EXISTS (SELECT 1 FROM coverage_run_covered c WHERE c.run_id = :run AND c.point_id = dp.id)";

	static final String REPORT = CoverageSpatialRepository.report(RUN_POINTS, RUN_COVERED);

	/**
	 * The covered set inserted, and the report over it (see {@link #create}). The join
	 * hands over each covered point's district and workers with its id, so the report
	 * needs no second look at the point (at national scale, looking up 972,742 covered
	 * points by id took 7 of the statement's 18 s); inserted in id order, the index grows
	 * at its end.
	 */
	static final String CREATE_AND_REPORT = """
			WITH covered AS MATERIALIZED (
			         %s
			           AND dp.id <= :maxPointId
			         ORDER BY dp.id),
			     stored AS (
			         INSERT INTO coverage_run_covered (run_id, point_id)
			         SELECT CAST(:run AS uuid), id FROM covered),
			""".formatted(CoverageSpatialRepository.covered("DISTINCT dp.id, dp.district_id, dp.workers").strip())
			+ CoverageSpatialRepository.reportOver(RUN_POINTS, "SELECT district_id, workers FROM covered")
				.substring("WITH ".length());

	private static final String POINT_COLUMNS = """
			dp.id, dp.name, dp.category, dp.workers, ST_X(dp.location) AS lon, ST_Y(dp.location) AS lat,
			d.name_zh, d.name_en""";

	/**
	 * A page of the uncovered list by workers: the page's ids first (walking
	 * {@code demand_point_workers_idx}, the anti-join stops after the page), then the
	 * nearest station for those rows only.
	 */
	static final String PAGE_BY_WORKERS = """
			WITH page AS MATERIALIZED (
			    SELECT dp.id
			    FROM demand_point dp
			    WHERE %s
			    ORDER BY dp.workers DESC, dp.id
			    OFFSET :offset LIMIT :limit)
			SELECT %s, %s AS metres
			FROM page
			JOIN demand_point dp ON dp.id = page.id
			LEFT JOIN district d ON d.id = dp.district_id
			%s
			ORDER BY dp.workers DESC, dp.id
			""".formatted(RUN_UNCOVERED, POINT_COLUMNS, CoverageSpatialRepository.nearestMetres(),
			CoverageSpatialRepository.nearestJoin());

	/** A page of the uncovered list by the stored distance, farthest first. */
	static final String PAGE_BY_DISTANCE = """
			WITH page AS MATERIALIZED (
			    SELECT rd.point_id, rd.metres
			    FROM coverage_run_distance rd
			    WHERE rd.run_id = :run
			    ORDER BY rd.metres DESC NULLS FIRST, rd.point_id
			    OFFSET :offset LIMIT :limit)
			SELECT %s, page.metres
			FROM page
			JOIN demand_point dp ON dp.id = page.point_id
			LEFT JOIN district d ON d.id = dp.district_id
			ORDER BY page.metres DESC NULLS FIRST, dp.id
			""".formatted(POINT_COLUMNS);

	static final String COUNT = "SELECT count(*) FROM demand_point dp WHERE " + RUN_UNCOVERED;

	/**
	 * One batch of the distance phase: the next uncovered points by id after
	 * {@code :after}, their nearest-station distances stored. Returns how many points the
	 * batch held and the last id.
	 */
	static final String DISTANCE_BATCH = """
			WITH batch AS MATERIALIZED (
			         SELECT dp.id
			         FROM demand_point dp
			         WHERE dp.id > :after AND %s
			         ORDER BY dp.id
			         LIMIT :size),
			     stored AS (
			         INSERT INTO coverage_run_distance (run_id, point_id, metres)
			         SELECT :run, dp.id, %s
			         FROM batch
			         JOIN demand_point dp ON dp.id = batch.id
			         %s
			         ON CONFLICT DO NOTHING
			         RETURNING 1)
			SELECT (SELECT count(*) FROM batch) AS points, (SELECT count(*) FROM stored) AS stored,
			       (SELECT max(id) FROM batch) AS last_id
			""".formatted(RUN_UNCOVERED, CoverageSpatialRepository.nearestMetres(),
			CoverageSpatialRepository.nearestJoin());

	/** Every uncovered point in the order of the old list, distances from the store. */
	static final String ALL_STORED = """
			SELECT %s, rd.metres
			FROM demand_point dp
			LEFT JOIN district d ON d.id = dp.district_id
			LEFT JOIN coverage_run_distance rd ON rd.run_id = :run AND rd.point_id = dp.id
			WHERE %s
			ORDER BY dp.workers DESC, dp.id
			LIMIT :limit
			""".formatted(POINT_COLUMNS, RUN_UNCOVERED);

	/** Every uncovered point in the order of the old list, distances computed. */
	static final String ALL_COMPUTED = """
			SELECT %s, %s AS metres
			FROM demand_point dp
			LEFT JOIN district d ON d.id = dp.district_id
			%s
			WHERE %s
			ORDER BY dp.workers DESC, dp.id
			LIMIT :limit
			""".formatted(POINT_COLUMNS, CoverageSpatialRepository.nearestMetres(),
			CoverageSpatialRepository.nearestJoin(), RUN_UNCOVERED);

	static final String SITING_PAIRS = CoverageSpatialRepository.sitingPairs(RUN_POINTS, RUN_COVERED);

	/** Rows an export fetches from the database at a time (the JDBC cursor's batch). */
	static final int STREAM_FETCH = 2_000;

	private final JdbcClient jdbc;

	/** For exports: a cursor that fetches {@link #STREAM_FETCH} rows at a time. */
	private final JdbcClient streaming;

	CoverageRunRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(STREAM_FETCH);
		this.streaming = JdbcClient.create(template);
	}

	/** What the database knows of a run. */
	record RunRow(UUID id, CoverageScope scope, List<String> statuses, int radius, long maxPointId,
			long uncoveredPoints, long distancesDone, boolean distancesReady, Instant createdAt) {

		/** The parameters every query of the run takes. */
		Map<String, Object> params() {
			Map<String, Object> p = new HashMap<>();
			p.put("run", id);
			p.put("type", scope.type().name());
			p.put("statuses", statuses);
			p.put("radius", radius);
			p.put("maxPointId", maxPointId);
			return p;
		}

	}

	/**
	 * Records a run, materialises its covered set (each covered point once) and returns
	 * the report computed from it, in one statement: the report counts the covered rows
	 * as the join found them (read back from the table, whose statistics know nothing of
	 * them yet, the planner probed the demand points 164,703 times at province scale).
	 */
	CreatedRun create(UUID id, CoverageScope scope, int radius, String user, Instant at) {
		long maxPointId = jdbc.sql("SELECT coalesce(max(id), 0) FROM demand_point").query(Long.class).single();
		jdbc.sql("""
				INSERT INTO coverage_run (id, station_type, include_planned, statuses, radius_m, max_point_id,
				                          uncovered_points, created_by, created_at)
				VALUES (:id, :type, :includePlanned, :statusArray, :radius, :maxPointId, 0, :user, :at)
				""")
			.param("id", id)
			.param("type", scope.type().name())
			.param("includePlanned", scope.includePlanned())
			.param("statusArray", scope.statuses().toArray(String[]::new))
			.param("radius", radius)
			.param("maxPointId", maxPointId)
			.param("user", user)
			.param("at", Timestamp.from(at))
			.update();
		Map<String, Object> params = new HashMap<>(CoverageSpatialRepository.params(scope, radius));
		params.put("run", id);
		params.put("maxPointId", maxPointId);
		List<CoverageRow> rows = jdbc.sql(CREATE_AND_REPORT)
			.params(params)
			.query((rs, i) -> reportRow(rs, scope.type()))
			.list();
		return new CreatedRun(maxPointId, rows);
	}

	/** A run just recorded: the highest demand point id it saw, and its report. */
	record CreatedRun(long maxPointId, List<CoverageRow> rows) {
	}

	void setUncoveredPoints(UUID id, long points) {
		jdbc.sql("UPDATE coverage_run SET uncovered_points = :points WHERE id = :id")
			.param("points", points)
			.param("id", id)
			.update();
	}

	/** The run, or {@link CoverageRunExpiredException} when it is gone. */
	RunRow require(UUID id) {
		return find(id).orElseThrow(() -> new CoverageRunExpiredException(id));
	}

	Optional<RunRow> find(UUID id) {
		return jdbc.sql("""
				SELECT id, station_type, include_planned, statuses, radius_m, max_point_id, uncovered_points,
				       distances_done, distances_ready, created_at
				FROM coverage_run
				WHERE id = :id
				""").param("id", id).query(CoverageRunRepository::runRow).optional();
	}

	private static RunRow runRow(ResultSet rs, int row) throws SQLException {
		String[] statuses = (String[]) rs.getArray("statuses").getArray();
		return new RunRow(rs.getObject("id", UUID.class),
				new CoverageScope(StationType.valueOf(rs.getString("station_type")), rs.getBoolean("include_planned")),
				Arrays.asList(statuses), rs.getInt("radius_m"), rs.getLong("max_point_id"),
				rs.getLong("uncovered_points"), rs.getLong("distances_done"), rs.getBoolean("distances_ready"),
				rs.getTimestamp("created_at").toInstant());
	}

	/** The report of the run (as {@link CoverageSpatialRepository#report}). */
	List<CoverageRow> report(RunRow run) {
		return jdbc.sql(REPORT).params(run.params()).query((rs, i) -> reportRow(rs, run.scope().type())).list();
	}

	private static CoverageRow reportRow(ResultSet rs, StationType type) throws SQLException {
		return new CoverageRow(rs.getInt("city") == 1 ? null : Objects.toString(rs.getString("code"), ""),
				rs.getString("name_zh"), rs.getString("name_en"), type, rs.getLong("points"),
				rs.getLong("covered_points"), rs.getLong("workers"), rs.getLong("covered_workers"));
	}

	List<UncoveredPoint> pageByWorkers(RunRow run, int offset, int limit) {
		return page(PAGE_BY_WORKERS, run, offset, limit);
	}

	List<UncoveredPoint> pageByDistance(RunRow run, int offset, int limit) {
		return page(PAGE_BY_DISTANCE, run, offset, limit);
	}

	private List<UncoveredPoint> page(String sql, RunRow run, int offset, int limit) {
		Map<String, Object> params = run.params();
		params.put("offset", offset);
		params.put("limit", limit);
		return jdbc.sql(sql).params(params).query(CoverageRunRepository::uncoveredPoint).list();
	}

	long count(RunRow run) {
		return jdbc.sql(COUNT).params(run.params()).query(Long.class).single();
	}

	/**
	 * Stores the distances of the next {@code size} uncovered points after
	 * {@code afterId}; the progress goes to the run's row.
	 */
	DistanceBatch distanceBatch(RunRow run, long afterId, int size) {
		Map<String, Object> params = run.params();
		params.put("after", afterId);
		params.put("size", size);
		DistanceBatch batch = jdbc.sql(DISTANCE_BATCH)
			.params(params)
			.query((rs, i) -> new DistanceBatch(rs.getInt("points"), rs.getInt("stored"),
					rs.getObject("last_id") == null ? afterId : rs.getLong("last_id")))
			.single();
		jdbc.sql("""
				UPDATE coverage_run SET distances_done = distances_done + :stored, distances_ready = :ready
				WHERE id = :run
				""")
			.param("stored", batch.stored())
			.param("ready", batch.points() < size)
			.param("run", run.id())
			.update();
		return batch;
	}

	/** Where an interrupted distance phase goes on: after the last id stored. */
	long lastDistanceId(UUID run) {
		return jdbc.sql("SELECT coalesce(max(point_id), 0) FROM coverage_run_distance WHERE run_id = :run")
			.param("run", run)
			.query(Long.class)
			.single();
	}

	/** One batch of the distance phase: points in it, rows newly stored, the last id. */
	record DistanceBatch(int points, int stored, long lastId) {
	}

	/**
	 * The first {@code limit} uncovered points in the order of the old list (most workers
	 * first) with their exact distances, handed over one by one as the database cursor
	 * delivers them ({@link #STREAM_FETCH} rows at a time; call in a transaction): from
	 * the store when the run's distances are ready, else computed as the rows stream.
	 */
	void streamUncovered(RunRow run, long limit, Consumer<UncoveredPoint> sink) {
		Map<String, Object> params = run.params();
		params.put("limit", limit);
		streaming.sql(run.distancesReady() ? ALL_STORED : ALL_COMPUTED)
			.params(params)
			.query((RowCallbackHandler) rs -> sink.accept(uncoveredPoint(rs, 0)));
	}

	/**
	 * The pairs of {@link CoverageSpatialRepository#sitingInput} from the run's covered
	 * set.
	 */
	CoverageSpatialRepository.SitingInput sitingInput(RunRow run, List<Candidate> candidates) {
		Map<String, Object> params = new HashMap<>(
				CoverageSpatialRepository.sitingParams(run.scope(), run.radius(), candidates));
		params.putAll(run.params());
		List<long[]> pairs = new ArrayList<>();
		jdbc.sql(SITING_PAIRS).params(params).query(rs -> {
			pairs.add(new long[] { rs.getInt(1), rs.getLong(2), rs.getInt(3) });
		});
		return new CoverageSpatialRepository.SitingInput(candidates, pairs);
	}

	/**
	 * Deletes the runs computed before {@code before} and all but the {@code keep}
	 * newest, their covered sets and distances with them; how many runs went.
	 */
	int deleteOld(Instant before, int keep) {
		List<UUID> gone = jdbc.sql("""
				DELETE FROM coverage_run
				WHERE created_at < :before
				   OR id NOT IN (SELECT id FROM coverage_run ORDER BY created_at DESC, id LIMIT :keep)
				RETURNING id
				""").param("before", Timestamp.from(before)).param("keep", keep).query(UUID.class).list();
		if (!gone.isEmpty()) {
			for (String table : RUN_TABLES) {
				jdbc.sql("DELETE FROM %s WHERE run_id = ANY(:runs)".formatted(table))
					.param("runs", gone.toArray(UUID[]::new))
					.update();
			}
		}
		return gone.size();
	}

	/**
	 * Deletes rows of runs that are gone (a distance batch that was storing while its run
	 * was deleted); reads the whole tables, so only now and then.
	 */
	int deleteOrphans() {
		int deleted = 0;
		for (String table : RUN_TABLES) {
			deleted += jdbc.sql("""
					DELETE FROM %1$s
					WHERE run_id IN (SELECT t.run_id FROM (SELECT DISTINCT run_id FROM %1$s) t
					                 WHERE NOT EXISTS (SELECT 1 FROM coverage_run r WHERE r.id = t.run_id))
					""".formatted(table)).update();
		}
		return deleted;
	}

	private static final List<String> RUN_TABLES = List.of("coverage_run_covered", "coverage_run_distance");

	static UncoveredPoint uncoveredPoint(ResultSet rs, int row) throws SQLException {
		return new UncoveredPoint(rs.getLong("id"), rs.getString("name"),
				DemandCategory.valueOf(rs.getString("category")), rs.getInt("workers"), rs.getDouble("lon"),
				rs.getDouble("lat"), rs.getString("name_zh"), rs.getString("name_en"), (Double) rs.getObject("metres"));
	}

}
