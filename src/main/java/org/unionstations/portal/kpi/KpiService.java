package org.unionstations.portal.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * ({@link #invalidate()}, called by {@link KpiLiveUpdates}); a change of one source's
 * data ({@link #invalidate(Set)}: a report, a programme record, a progress entry) has
 * only the cards of that source computed again.
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

	/** Changes of everything (a target, the catalogue): every card is computed again. */
	private final AtomicLong generation = new AtomicLong();

	/** Changes of one source's data (a report, a programme record, a progress entry). */
	private final Map<KpiSource, AtomicLong> sourceGenerations = new EnumMap<>(KpiSource.class);

	KpiService(KpiRepository kpis, KpiCalculator calculator, KpiFigures figures, Clock clock) {
		this.kpis = kpis;
		this.calculator = calculator;
		this.figures = figures;
		this.clock = clock;
		for (KpiSource source : KpiSource.values()) {
			sourceGenerations.put(source, new AtomicLong());
		}
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
			// which no other board may be shown.
			return compute(year, day);
		}
		Generations now = generations();
		if (boards.size() > MAX_CACHED) {
			boards.clear();
		}
		// One computation per year and day, however many boards ask at once; of a board
		// computed before the latest changes, the cards of the sources changed are
		// computed
		// again (a report: one card), or all after a change of the catalogue.
		return boards.compute(new BoardKey(year, day), (key, old) -> {
			if (old == null || old.generations().all() < now.all()) {
				return new CachedBoard(now, compute(year, day));
			}
			Set<KpiSource> stale = now.changedSince(old.generations());
			return stale.isEmpty() ? old : new CachedBoard(now, recompute(old.board(), stale));
		}).board();
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

	/** Forgets the figures of these sources: the next read computes their cards again. */
	void invalidate(Set<KpiSource> sources) {
		sources.forEach(source -> sourceGenerations.get(source).incrementAndGet());
	}

	private Generations generations() {
		long all = generation.get();
		Map<KpiSource, Long> bySource = new EnumMap<>(KpiSource.class);
		sourceGenerations.forEach((source, n) -> bySource.put(source, n.get()));
		return new Generations(all, bySource);
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

	/** The board's cards with those of the given sources computed again. */
	private KpiBoard recompute(KpiBoard board, Set<KpiSource> sources) {
		List<KpiCard> cards = board.cards()
			.stream()
			.map(c -> sources.contains(c.kpi().source()) ? calculator.card(c.kpi(), board.asOf()) : c)
			.toList();
		return new KpiBoard(board.year(), board.asOf(), cards, Instant.now(clock));
	}

	private record BoardKey(int year, LocalDate day) {
	}

	/** How many changes of everything, and of each source, a board has seen. */
	private record Generations(long all, Map<KpiSource, Long> bySource) {

		Set<KpiSource> changedSince(Generations before) {
			Set<KpiSource> changed = EnumSet.noneOf(KpiSource.class);
			bySource.forEach((source, n) -> {
				if (n > before.bySource().get(source)) {
					changed.add(source);
				}
			});
			return changed;
		}

	}

	private record CachedBoard(Generations generations, KpiBoard board) {
	}

}
