/** The JSON that org.unionstations.portal.chart.PortalChart sends (ChartJson writes it). */

export type Orientation = 'VERTICAL' | 'HORIZONTAL';
export type SeriesKind = 'BAR' | 'LINE' | 'AREA' | 'MARKER';
export type ValueFormat = 'INTEGER' | 'ONE_DECIMAL' | 'PERCENT';

export interface ChartCategory {
  key: string;
  label: string;
}

export interface ChartSeries {
  key: string;
  label: string;
  kind: SeriesKind;
  values: (number | null)[];
  style: 'SOLID' | 'DASHED';
  color: string | null;
  pointColors: (string | null)[] | null;
  stack: string | null;
  showLabels: boolean;
  format: ValueFormat;
}

export interface ChartLine {
  label: string;
  value: number;
  color: string | null;
}

export interface ChartSpec {
  version: number;
  orientation: Orientation;
  title: string | null;
  unit: string | null;
  categories: ChartCategory[];
  series: ChartSeries[];
  lines: ChartLine[];
}
