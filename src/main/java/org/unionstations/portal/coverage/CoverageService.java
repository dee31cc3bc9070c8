package org.unionstations.portal.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.station.CoverageStandardService;

/**
 * The coverage analyses planners run: per-district report, uncovered demand, uncovered
 * area, hex grid and siting suggestions. Each runs in one read-only transaction whose
 * database query a {@link Cancellation} can stop.
 */
@Service
@Transactional(readOnly = true)
public class CoverageService {

	public static final int MIN_HEX_METRES = 500;

	public static final int MAX_HEX_METRES = 5000;

	public static final int MAX_SITES = 50;

	private final CoverageSpatialRepository spatial;

	private final CoverageStandardService standards;

	private final CandidateReader candidateReader;

	CoverageService(CoverageSpatialRepository spatial, CoverageStandardService standards,
			CandidateReader candidateReader) {
		this.spatial = spatial;
		this.standards = standards;
		this.candidateReader = candidateReader;
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
		if (k < 1 || k > MAX_SITES) {
			throw new InvalidInputException(List.of(FieldProblem.of("k", "coverage.validation.k", 1, MAX_SITES)));
		}
		if (uploaded.isEmpty()) {
			requireHexSize(hexMetres);
		}
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
		cancellation.throwIfCancelled();
		cancellation.attach(spatial.pid());
		try {
			return analysis.get();
		}
		catch (DataAccessException e) {
			if (cancellation.isCancelled()) {
				throw new AnalysisCancelledException();
			}
			throw e;
		}
		finally {
			cancellation.detach();
		}
	}

	private static void requireHexSize(int hexMetres) {
		if (hexMetres < MIN_HEX_METRES || hexMetres > MAX_HEX_METRES) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("hexSize", "coverage.validation.hex", MIN_HEX_METRES, MAX_HEX_METRES)));
		}
	}

}
