package org.unionstations.portal.chart;

/** ECharts' light theme, or its dark one for a wall screen (大屏). */
public enum ChartTheme {

	LIGHT, DARK

}
