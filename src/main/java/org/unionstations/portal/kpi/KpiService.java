package org.unionstations.portal.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.unionstations.portal.base.RecordNotFoundException;

/**
 * The leadership board: the year's KPIs with their figures, pace and projection, as of
 * any day. Every signed-in role reads it (the promises are public). Boards are computed
 * once per year and day and shared by every open board until the data changes
 * ({@link #invalidate()}, called by {@link KpiLiveUpdates}).
 */
@Service
@Transactional(readOnly = true)
public class KpiService {

	private static final int MAX_CACHED = 64;

	private final KpiRepository kpis;

	private final KpiCalculator calculator;

	private final KpiFigures figures;

	private final Clock clock;

	private final Map<BoardKey, CachedBoard> boards = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	KpiService(KpiRepository kpis, KpiCalculator calculator, KpiFigures figures, Clock clock) {
		this.kpis = kpis;
		this.calculator = calculator;
		this.figures = figures;
		this.clock = clock;
	}

	/** Today in the federation's calendar. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Years with a catalogue, newest first. */
	@PreAuthorize("isAuthenticated()")
	public List<Integer> years() {
		return kpis.findYears();
	}

	/**
	 * The board of a year as of a day (null: today, or the year's last day for a past
	 * year). A day after today is read as today: nothing is known of the future.
	 */
	@PreAuthorize("isAuthenticated()")
	public KpiBoard board(int year, @Nullable LocalDate asOf) {
		LocalDate day = asOfDay(year, asOf);
		if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// Read inside someone's writing transaction: it may see uncommitted rows,
			// which no
			// other board may be shown.
			return compute(year, day);
		}
		long current = generation.get();
		if (boards.size() > MAX_CACHED) {
			boards.clear();
		}
		// One computation per year and day, however many boards ask at once; a board
		// computed
		// before the latest change is computed again.
		return boards.compute(new BoardKey(year, day), (key, old) -> old != null && old.generation() >= current ? old
				: new CachedBoard(current, compute(year, day)))
			.board();
	}

	@PreAuthorize("isAuthenticated()")
	public KpiDetail detail(long kpiId, @Nullable LocalDate asOf) {
		KpiDefinition kpi = definition(kpiId);
		return calculator.detail(kpi, asOfDay(kpi.year(), asOf));
	}

	/**
	 * The records behind a KPI's figure, of one district (0: city-wide entries) or all.
	 */
	@PreAuthorize("isAuthenticated()")
	public List<KpiRecord> records(long kpiId, @Nullable LocalDate asOf, @Nullable Long districtId) {
		KpiDefinition kpi = definition(kpiId);
		return figures.records(kpi, kpi.measuredThrough(asOfDay(kpi.year(), asOf)), districtId);
	}

	@PreAuthorize("isAuthenticated()")
	public KpiDefinition definition(long kpiId) {
		return kpis.findById(kpiId)
			.map(KpiDefinition::of)
			.orElseThrow(() -> new RecordNotFoundException("KPI " + kpiId));
	}

	@PreAuthorize("isAuthenticated()")
	public List<KpiDefinition> catalogue(int year) {
		return kpis.findByYearOrderByPositionAscIdAsc(year).stream().map(KpiDefinition::of).toList();
	}

	/** Forgets every computed board: the next read computes afresh. */
	void invalidate() {
		generation.incrementAndGet();
	}

	LocalDate asOfDay(int year, @Nullable LocalDate asOf) {
		LocalDate today = today();
		LocalDate day = asOf == null ? (year < today.getYear() ? LocalDate.of(year, 12, 31) : today) : asOf;
		return day.isAfter(today) ? today : day;
	}

	private KpiBoard compute(int year, LocalDate day) {
		List<KpiCard> cards = kpis.findByYearOrderByPositionAscIdAsc(year)
			.stream()
			.map(k -> calculator.card(KpiDefinition.of(k), day))
			.toList();
		return new KpiBoard(year, day, cards, Instant.now(clock));
	}

	private record BoardKey(int year, LocalDate day) {
	}

	private record CachedBoard(long generation, KpiBoard board) {
	}

}
