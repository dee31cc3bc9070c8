package org.unionstations.portal.operator;

import org.jspecify.annotations.Nullable;

/**
 * One operator's reporting: the stations due that they are assigned to, how many of them
 * are late, and the most months any of them is behind. {@code operator} is the user's
 * display name, null for the stations nobody is assigned to.
 */
public record OperatorDiscipline(@Nullable String operator, int stations, int late, int maxMonthsBehind) {
}
