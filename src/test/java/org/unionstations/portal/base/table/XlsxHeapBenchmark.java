package org.unionstations.portal.base.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * How much heap reading a hostile .xlsx costs: about 1.2 MB of file holding millions of
 * one-digit cells (which pass POI's guard against zip bombs), with and without a declared
 * dimension, read as an import reads it (one row past the limit). Prints
 * {@code BENCHMARK} lines: the file, what the reader did, the time, and the peak heap
 * used above the heap before reading (sampled every millisecond, and the sum of the heap
 * pools' peaks, which counts garbage not yet collected too). Run with
 * {@code scripts/benchmark.sh XlsxHeapBenchmark}.
 */
class XlsxHeapBenchmark {

	private static final int LIMIT = TableImport.MAX_ROWS + 1;

	@Test
	void hostile_workbooks() throws InterruptedException {
		// warm-up: classes loaded, parser compiled
		Xlsx.read(HostileWorkbooks.manySmallCells(2_000, 20, false), LIMIT);
		measure("10,000 rows x 640 cells, dimension declared", HostileWorkbooks.manySmallCells(10_000, 640, true),
				6_400_000);
		measure("10,000 rows x 640 cells, no dimension", HostileWorkbooks.manySmallCells(10_000, 640, false),
				6_400_000);
		// fewer distinct digits: a smaller file of as many cells, as close to POI's guard
		// as
		// it gets
		measure("10,000 rows x 640 cells of 3 digits, no dimension",
				HostileWorkbooks.manySmallCells(10_000, 640, false, 3), 6_400_000);
		measure("10,000 rows x 640 cells of 2 digits, no dimension",
				HostileWorkbooks.manySmallCells(10_000, 640, false, 2), 6_400_000);
		measure("6,400,000 rows x 1 cell, dimension declared", HostileWorkbooks.manySmallCells(6_400_000, 1, true),
				6_400_000);
		measure("6,400,000 rows x 1 cell, no dimension", HostileWorkbooks.manySmallCells(6_400_000, 1, false),
				6_400_000);
		measure("shared strings: 1,000,001 items", HostileWorkbooks.manySharedStrings(Xlsx.MAX_SHARED_STRINGS + 1),
				Xlsx.MAX_SHARED_STRINGS + 1);
	}

	private static void measure(String name, byte[] xlsx, long cells) throws InterruptedException {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.toList();
		System.gc();
		Thread.sleep(200);
		long before = memory.getHeapMemoryUsage().getUsed();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		AtomicLong sampledPeak = new AtomicLong(before);
		AtomicBoolean reading = new AtomicBoolean(true);
		Thread sampler = Thread.ofPlatform().daemon().start(() -> {
			while (reading.get()) {
				sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(1);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		});
		long start = System.nanoTime();
		String outcome;
		try {
			List<TableRow> rows = Xlsx.read(xlsx, LIMIT);
			outcome = "read " + rows.size() + " rows of at most "
					+ rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0) + " cells";
			assertThat(rows.size()).isLessThanOrEqualTo(LIMIT + 1);
		}
		catch (TableTooLargeException e) {
			outcome = "refused: " + e.getMessage();
		}
		catch (TableFormatException e) {
			outcome = "unreadable: " + e.getMessage().lines().findFirst().orElse("");
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		reading.set(false);
		sampler.join();
		long poolPeaks = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		System.out.println(String.format(Locale.ROOT,
				"BENCHMARK xlsx %-48s file %,d bytes, %,d cells: %s in %,d ms; peak heap above start: sampled %,d MB, pool peaks %,d MB",
				name, xlsx.length, cells, outcome, millis, (sampledPeak.get() - before) / (1024 * 1024),
				Math.max(0, poolPeaks - before) / (1024 * 1024)));
	}

}
