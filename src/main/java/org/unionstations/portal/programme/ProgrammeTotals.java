package org.unionstations.portal.programme;

import java.math.BigDecimal;
import java.util.List;

/**
 * A programme grid's totals row: how many records per status, and the sum of budgets
 * (where there are any).
 */
public record ProgrammeTotals<S extends Enum<S>>(List<StatusCount<S>> byStatus, BigDecimal budget) {

	public ProgrammeTotals {
		byStatus = List.copyOf(byStatus);
	}

	public long total() {
		return byStatus.stream().mapToLong(StatusCount::count).sum();
	}

	public long count(S status) {
		return byStatus.stream().filter(c -> c.status() == status).mapToLong(StatusCount::count).sum();
	}

}
