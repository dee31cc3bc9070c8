package org.unionstations.portal.coverage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.springframework.data.domain.AuditorAware;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.coverage.CoverageRunRepository.RunRow;
import org.unionstations.portal.station.CoverageStandardService;

/**
 * The coverage analyses planners run: per-district report, uncovered demand, uncovered
 * area, hex grid and siting suggestions. Each runs in one read-only transaction whose
 * database query a {@link Cancellation} can stop.
 * <p>
 * An analysis {@linkplain #run run} materialises its covered set once; everything after
 * it reads that: the uncovered list a page at a time ({@link #uncoveredPage},
 * {@link #uncoveredCount}), its distances computed in the background
 * ({@link #distancesReady}), map data per viewport ({@link #uncoveredInView},
 * {@link #demandInView}, {@link #stationsInView}, {@link #hexGridInView}) and siting
 * ({@link #suggestSites(CoverageRun, int, int, List, Cancellation, Progress)}). A run
 * that has been cleaned up throws {@link CoverageRunExpiredException}.
 */
@Service
@Transactional(readOnly = true)
public class CoverageService {

	public static final int MIN_HEX_METRES = 500;

	public static final int MAX_HEX_METRES = 5000;

	public static final int MAX_SITES = 50;

	/** The most rows one page of the uncovered list may ask for. */
	public static final int MAX_PAGE = 1_000;

	private final CoverageSpatialRepository spatial;

	private final CoverageRunRepository runs;

	private final CoverageRunDistances distances;

	private final CoverageRunCleanup cleanup;

	private final CoverageStandardService standards;

	private final CandidateReader candidateReader;

	private final AuditorAware<String> user;

	private final Clock clock;

	CoverageService(CoverageSpatialRepository spatial, CoverageRunRepository runs, CoverageRunDistances distances,
			CoverageRunCleanup cleanup, CoverageStandardService standards, CandidateReader candidateReader,
			AuditorAware<String> user, Clock clock) {
		this.spatial = spatial;
		this.runs = runs;
		this.distances = distances;
		this.cleanup = cleanup;
		this.standards = standards;
		this.candidateReader = candidateReader;
		this.user = user;
		this.clock = clock;
	}

	/** A new cancellation handle for one analysis run. */
	public Cancellation newCancellation() {
		// called outside the analysis' transaction, so the cancel goes over another
		// pooled connection
		return new Cancellation(spatial::cancel);
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public List<CoverageRow> report(CoverageScope scope, Cancellation cancellation) {
		return cancellable(cancellation, () -> spatial.report(scope, standards.radius(scope.type())));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public List<UncoveredPoint> uncovered(CoverageScope scope, Cancellation cancellation) {
		return cancellable(cancellation, () -> spatial.uncovered(scope, standards.radius(scope.type())));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public List<UncoveredArea> uncoveredArea(CoverageScope scope, Cancellation cancellation) {
		return cancellable(cancellation, () -> spatial.uncoveredArea(scope, standards.radius(scope.type())));
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public List<HexCell> hexGrid(CoverageScope scope, int hexMetres, Cancellation cancellation) {
		requireHexSize(hexMetres);
		return cancellable(cancellation, () -> spatial.hexGrid(scope, standards.radius(scope.type()), hexMetres));
	}

	/**
	 * Chooses up to {@code k} new sites that cover the most currently uncovered workers,
	 * from hexagon centres of {@code hexMetres} inside the districts, or from
	 * {@code uploaded} candidates when given. Existing stations stay.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public List<SitingSuggestion> suggestSites(CoverageScope scope, int k, int hexMetres, List<Candidate> uploaded,
			Cancellation cancellation, Progress progress) {
		requireSiting(k, hexMetres, uploaded);
		return cancellable(cancellation, () -> {
			int radius = standards.radius(scope.type());
			progress.report("coverage.progress.report", 0);
			CoverageRow city = spatial.report(scope, radius)
				.stream()
				.filter(CoverageRow::isCityTotal)
				.findFirst()
				.orElseThrow();
			cancellation.throwIfCancelled();
			progress.report("coverage.progress.candidates", 0.2);
			List<Candidate> candidates = uploaded.isEmpty() ? spatial.hexCentres(hexMetres) : uploaded;
			cancellation.throwIfCancelled();
			progress.report("coverage.progress.reach", 0.4);
			CoverageSpatialRepository.SitingInput input = spatial.sitingInput(scope, radius, candidates);
			cancellation.throwIfCancelled();
			return pick(city, candidates, input, k, cancellation, progress);
		});
	}

	private static List<SitingSuggestion> pick(CoverageRow city, List<Candidate> candidates,
			CoverageSpatialRepository.SitingInput input, int k, Cancellation cancellation, Progress progress) {
		List<MaximalCovering.Pick> picks = MaximalCovering.solve(candidates.size(), input.pairs(), k, cancellation,
				(step, f) -> progress.report(step, 0.6 + 0.4 * f));
		List<SitingSuggestion> suggestions = new ArrayList<>();
		long covered = city.coveredWorkers();
		for (MaximalCovering.Pick pick : picks) {
			covered += pick.addedWorkers();
			Candidate c = candidates.get(pick.candidate());
			suggestions.add(new SitingSuggestion(suggestions.size() + 1, c.label(), c.longitude(), c.latitude(),
					pick.addedWorkers(), pick.addedPoints(),
					city.workers() == 0 ? 0 : 100.0 * covered / city.workers()));
		}
		return suggestions;
	}

	/**
	 * Runs the coverage analysis for {@code scope}: its covered set is materialised once
	 * and the report computed from it. Once the run is committed, its distance phase
	 * starts in the background ({@link #distancesReady}).
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public CoverageRun run(CoverageScope scope, Cancellation cancellation) {
		int radius = standards.radius(scope.type());
		UUID id = UUID.randomUUID();
		Instant at = clock.instant();
		// the covered set is what its user waits for: no background distance batch beside
		// it
		List<CoverageRow> rows = distances.ahead(() -> cancellable(cancellation, () -> {
			spatial.useAnalysisSettings();
			List<CoverageRow> report = runs.create(id, scope, radius, user.getCurrentAuditor().orElse("system"), at)
				.rows();
			runs.setUncoveredPoints(id,
					report.stream().filter(CoverageRow::isCityTotal).mapToLong(CoverageRow::uncoveredPoints).sum());
			return report;
		}));
		afterCommit(() -> {
			distances.start(id);
			cleanup.soon();
		});
		return new CoverageRun(id, scope, radius, at, rows);
	}

	/**
	 * One page of the run's uncovered points, each with the exact distance to its nearest
	 * counted station. By {@link UncoveredSort#WORKERS} (the order of {@link #uncovered})
	 * the distances are computed for the page's rows only; by
	 * {@link UncoveredSort#DISTANCE} the stored ones are read, so that order needs
	 * {@link #distancesReady} (else {@link IllegalStateException}).
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public List<UncoveredPoint> uncoveredPage(CoverageRun run, UncoveredSort sort, int offset, int limit) {
		if (offset < 0 || limit < 0 || limit > MAX_PAGE) {
			throw new IllegalArgumentException(
					"page offset %d, limit %d (at most %d)".formatted(offset, limit, MAX_PAGE));
		}
		RunRow row = require(run.id());
		if (limit == 0) {
			return List.of();
		}
		spatial.useAnalysisSettings();
		return switch (sort) {
			case WORKERS -> runs.pageByWorkers(row, offset, limit);
			case DISTANCE -> {
				if (!row.distancesReady()) {
					throw new IllegalStateException("the distances of run " + run.id() + " are not ready yet");
				}
				yield runs.pageByDistance(row, offset, limit);
			}
		};
	}

	/** How many uncovered points the run's list holds. */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public long uncoveredCount(CoverageRun run) {
		RunRow row = require(run.id());
		spatial.useAnalysisSettings();
		return runs.count(row);
	}

	/**
	 * Whether every uncovered point's distance is stored, so the list can be sorted by
	 * {@link UncoveredSort#DISTANCE}.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public boolean distancesReady(CoverageRun run) {
		return require(run.id()).distancesReady();
	}

	/** How far the run's distance phase is, 0–1. */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public double distancesProgress(CoverageRun run) {
		RunRow row = require(run.id());
		if (row.distancesReady() || row.uncoveredPoints() == 0) {
			return 1;
		}
		return Math.min(0.99, (double) row.distancesDone() / row.uncoveredPoints());
	}

	/**
	 * The run's distance phase on the calling thread, until every distance is stored (it
	 * also runs by itself after {@link #run}; the two share the work). Each batch commits
	 * on its own unless the caller has a transaction.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public void distances(CoverageRun run, Cancellation cancellation, Progress progress) {
		distances.compute(run.id(), cancellation, progress);
	}

	/**
	 * Completes when the run's background distance phase (started by {@link #run}) has
	 * stored every distance, so the list can be sorted by distance; waits for that phase
	 * instead of computing beside it.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public CompletableFuture<Void> whenDistancesReady(CoverageRun run) {
		return distances.whenDone(run.id());
	}

	/**
	 * {@link #uncoveredArea(CoverageScope, Cancellation)} for the run's type and radius.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public List<UncoveredArea> uncoveredArea(CoverageRun run, Cancellation cancellation) {
		RunRow row = require(run.id());
		return cancellable(cancellation, () -> spatial.uncoveredArea(row.scope(), row.radius()));
	}

	/**
	 * Siting as
	 * {@link #suggestSites(CoverageScope, int, int, List, Cancellation, Progress)} from
	 * the run's covered set and report: the same rules, the same suggestions.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public List<SitingSuggestion> suggestSites(CoverageRun run, int k, int hexMetres, List<Candidate> uploaded,
			Cancellation cancellation, Progress progress) {
		requireSiting(k, hexMetres, uploaded);
		RunRow row = require(run.id());
		return cancellable(cancellation, () -> {
			progress.report("coverage.progress.candidates", 0.2);
			List<Candidate> candidates = uploaded.isEmpty() ? spatial.hexCentres(hexMetres) : uploaded;
			cancellation.throwIfCancelled();
			progress.report("coverage.progress.reach", 0.4);
			spatial.useAnalysisSettings();
			CoverageSpatialRepository.SitingInput input = runs.sitingInput(row, candidates);
			cancellation.throwIfCancelled();
			return pick(run.city(), candidates, input, k, cancellation, progress);
		});
	}

	/**
	 * Reads a {@code .csv} or {@code .xlsx} file of candidate sites for
	 * {@link #suggestSites} (columns 名称/name, 经度/longitude, 纬度/latitude, in {@code crs})
	 * and reports every problem of every row; its candidates are used only when there is
	 * none.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public CandidateFile readCandidates(String fileName, byte[] content, CoordinateSystem crs) {
		return candidateReader.read(fileName, content, crs);
	}

	/** The template of a candidate sites file, in {@code locale}'s language. */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
	public byte[] candidateTemplate(Locale locale) {
		return candidateReader.template(locale);
	}

	private <T> T cancellable(Cancellation cancellation, Supplier<T> analysis) {
		return cancellation.guard(spatial::pid, analysis);
	}

	private RunRow require(UUID run) {
		return runs.require(run);
	}

	/** After the caller's transaction commits; at once without one. */
	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	private static void requireSiting(int k, int hexMetres, List<Candidate> uploaded) {
		if (k < 1 || k > MAX_SITES) {
			throw new InvalidInputException(List.of(FieldProblem.of("k", "coverage.validation.k", 1, MAX_SITES)));
		}
		if (uploaded.isEmpty()) {
			requireHexSize(hexMetres);
		}
	}

	static void requireHexSize(int hexMetres) {
		if (hexMetres < MIN_HEX_METRES || hexMetres > MAX_HEX_METRES) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("hexSize", "coverage.validation.hex", MIN_HEX_METRES, MAX_HEX_METRES)));
		}
	}

}
