package org.unionstations.portal.kpi;

import java.time.Instant;

/**
 * What open boards hear after a change was committed: what changed ("report",
 * "programme", "progress", "target", "station") and when the commit was seen
 * ({@code committedNanos}: {@link System#nanoTime()}, for the push-latency benchmark).
 */
public record KpiUpdate(String cause, Instant committedAt, long committedNanos) {
}
