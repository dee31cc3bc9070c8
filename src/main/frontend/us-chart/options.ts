/**
 * A chart spec (spec.ts) as an ECharts option. Category axes carry the categories' keys as data and show their labels
 * through a formatter; the tooltip is built here as HTML from escaped text only, since ECharts puts a tooltip
 * formatter's result into innerHTML.
 */
import { escapeHtml } from '../us-map/escape';
import type { ChartSeries, ChartSpec, ValueFormat } from './spec';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Option = Record<string, any>;

/** Colours that may go into a style attribute of the tooltip (Java accepts only these too). */
const SAFE_COLOR = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|(rgba?|hsla?)\([0-9.,%\s/deg]+\))$/;

export function safeColor(color: unknown, fallback = '#888'): string {
  return typeof color === 'string' && SAFE_COLOR.test(color) ? color : fallback;
}

function locale(): string | undefined {
  return document.documentElement.lang || undefined;
}

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(digits: number, minDigits: number): Intl.NumberFormat {
  const id = `${locale()}|${digits}|${minDigits}`;
  let f = formats.get(id);
  if (!f) {
    f = new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: minDigits });
    formats.set(id, f);
  }
  return f;
}

/** A value as text (not HTML: escape it before it goes into the tooltip). */
export function formatValue(value: number, format: ValueFormat): string {
  switch (format) {
    case 'ONE_DECIMAL':
      return numberFormat(1, 1).format(value);
    case 'PERCENT':
      return `${numberFormat(1, 0).format(value)}%`;
    default:
      return numberFormat(0, 0).format(Math.round(value));
  }
}

/** The axis tick values: whole numbers need no decimals. */
function formatAxisValue(value: number, format: ValueFormat): string {
  if (format === 'ONE_DECIMAL' && Number.isInteger(value)) {
    return numberFormat(0, 0).format(value);
  }
  return formatValue(value, format);
}

/** The smallest "nice" number (1, 2, 2.5, 5 × 10^n) at or above the value. */
export function niceCeil(value: number): number {
  if (value <= 0) {
    return 0;
  }
  const power = Math.pow(10, Math.floor(Math.log10(value)));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= value) {
      return step * power;
    }
  }
  return 10 * power;
}

function dataMax(spec: ChartSpec): number {
  const stacks = new Map<string, number[]>();
  let max = 0;
  for (const s of spec.series) {
    if (s.stack) {
      const sums = stacks.get(s.stack) ?? new Array(spec.categories.length).fill(0);
      s.values.forEach((v, i) => (sums[i] += v != null && v > 0 ? v : 0));
      stacks.set(s.stack, sums);
    } else {
      for (const v of s.values) {
        if (v != null && v > max) max = v;
      }
    }
  }
  for (const sums of stacks.values()) {
    for (const v of sums) if (v > max) max = v;
  }
  return max;
}

/** The tooltip of one category: its label, then each series with a value there. All text escaped. */
export function tooltipHtml(spec: ChartSpec, index: number, colorOf: (seriesIndex: number) => string): string {
  const category = spec.categories[index];
  if (!category) {
    return '';
  }
  const rows: string[] = [];
  spec.series.forEach((s, seriesIndex) => {
    const value = s.values[index];
    if (value == null) {
      return;
    }
    const color = safeColor(s.pointColors?.[index] ?? s.color ?? colorOf(seriesIndex));
    const unit = spec.unit && s.format !== 'PERCENT' ? ` ${escapeHtml(spec.unit)}` : '';
    rows.push(
      `<div class="us-tt-row"><span class="us-tt-dot" style="display:inline-block;width:10px;height:10px;` +
        `border-radius:${s.kind === 'BAR' || s.kind === 'MARKER' ? '2px' : '50%'};margin-right:6px;background:${escapeHtml(color)}"></span>` +
        `<span class="us-tt-series">${escapeHtml(s.label)}</span>` +
        `<b style="float:right;margin-left:16px">${escapeHtml(formatValue(value, s.format))}${unit}</b></div>`,
    );
  });
  return `<div class="us-tt-title" style="font-weight:600;margin-bottom:4px">${escapeHtml(category.label)}</div>${rows.join('')}`;
}

interface TooltipParam {
  dataIndex?: number;
  seriesIndex?: number;
  color?: unknown;
}

function seriesOption(spec: ChartSpec, s: ChartSeries, first: boolean, axisMax: number): Option {
  const horizontal = spec.orientation === 'HORIZONTAL';
  const dashed = s.style === 'DASHED';
  // a long horizontal bar prints its value inside, at its start: a marker near the bar's end (the pace) never covers it
  const inside = (value: number) => horizontal && s.kind === 'BAR' && s.showLabels && value >= axisMax * 0.25;
  const data = s.values.map((value, i) => {
    if (value == null) {
      return null;
    }
    const color = s.pointColors?.[i];
    const item: Option = { value };
    if (color) item.itemStyle = { color: safeColor(color) };
    if (inside(value)) item.label = { position: 'insideLeft', color: '#fff' };
    return item;
  });
  const option: Option = {
    id: s.key,
    name: s.label,
    type: s.kind === 'BAR' ? 'bar' : 'line',
    data,
    label: {
      show: s.showLabels,
      position: s.kind === 'BAR' ? (horizontal ? 'right' : 'top') : 'top',
      formatter: (p: { value: unknown }) =>
        typeof p.value === 'number' ? formatValue(p.value, s.format) : '',
    },
  };
  if (s.color) {
    option.itemStyle = { color: safeColor(s.color) };
  }
  if (s.stack) {
    option.stack = s.stack;
  }
  switch (s.kind) {
    case 'BAR':
      option.barMaxWidth = 40;
      option.barGap = '10%';
      if (dashed) {
        option.itemStyle = { ...option.itemStyle, borderType: 'dashed', borderWidth: 1.5 };
      }
      break;
    case 'LINE':
    case 'AREA':
      option.connectNulls = false;
      option.symbol = 'circle';
      option.symbolSize = 6;
      option.lineStyle = { width: 2.5, type: dashed ? 'dashed' : 'solid' };
      if (s.kind === 'AREA') {
        option.areaStyle = { opacity: 0.18 };
      }
      break;
    case 'MARKER':
      // a tick across the category band: no line between the points
      option.symbol = 'rect';
      option.symbolSize = horizontal ? [4, 22] : [22, 4];
      option.lineStyle = { opacity: 0, width: 0 };
      option.z = 3;
      break;
  }
  if (first && spec.lines.length) {
    const axis = horizontal ? 'xAxis' : 'yAxis';
    option.markLine = {
      silent: true,
      symbol: 'none',
      animation: false,
      data: spec.lines.map((l) => ({
        [axis]: l.value,
        name: l.label,
        lineStyle: { color: safeColor(l.color, '#c8102e'), type: 'dashed', width: 1.5 },
        label: {
          color: safeColor(l.color, '#c8102e'),
          // the category axis of a HORIZONTAL chart runs top-down, so the line starts at the top
          position: horizontal ? 'start' : 'insideEndTop',
          // canvas/SVG text, not HTML
          formatter: () => `${l.label} ${formatValue(l.value, s.format)}`,
        },
      })),
    };
  }
  return option;
}

/** The whole ECharts option for a spec. */
export function chartOption(spec: ChartSpec, animation: boolean): Option {
  const horizontal = spec.orientation === 'HORIZONTAL';
  const labels = new Map(spec.categories.map((c) => [c.key, c.label]));
  const format = spec.series[0]?.format ?? 'INTEGER';
  const lineMax = Math.max(0, ...spec.lines.map((l) => l.value));
  const max = lineMax > dataMax(spec) ? niceCeil(lineMax * 1.05) : undefined;
  const axisMax = max ?? niceCeil(dataMax(spec));
  const legend = spec.series.length > 1;
  const titleHeight = spec.title ? 32 : 0;
  const hasBars = spec.series.some((s) => s.kind === 'BAR');

  const categoryAxis: Option = {
    type: 'category',
    data: spec.categories.map((c) => c.key),
    inverse: horizontal, // the first category on top
    triggerEvent: true, // a click on a label drills down like a click on the bar
    axisTick: { alignWithLabel: true },
    axisLabel: {
      formatter: (key: string) => labels.get(key) ?? '',
      interval: horizontal ? 0 : 'auto',
      width: horizontal ? 160 : undefined,
      overflow: 'truncate',
      hideOverlap: !horizontal,
    },
  };
  const valueAxis: Option = {
    type: 'value',
    max,
    name: spec.unit ?? undefined,
    nameLocation: 'end',
    nameGap: horizontal ? 12 : 14,
    axisLabel: { formatter: (v: number) => formatAxisValue(v, format), hideOverlap: true },
  };
  return {
    backgroundColor: 'transparent',
    animation,
    animationDuration: 500,
    animationDurationUpdate: 300,
    title: spec.title ? { text: spec.title, left: 'center', top: 4, textStyle: { fontSize: 16 } } : undefined,
    legend: legend ? { show: true, top: titleHeight + 4, type: 'plain' } : { show: false },
    grid: {
      left: 16,
      right: horizontal ? 48 : 24,
      top: titleHeight + (legend ? 40 : 16) + (spec.unit && !horizontal ? 20 : 0),
      bottom: horizontal && spec.unit ? 28 : 12,
      containLabel: true,
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      className: 'us-chart-tooltip',
      axisPointer: { type: hasBars ? 'shadow' : 'line' },
      formatter: (params: unknown) => {
        const list = (Array.isArray(params) ? params : [params]) as TooltipParam[];
        const index = list.find((p) => typeof p.dataIndex === 'number')?.dataIndex;
        // the colours ECharts drew with (its palette's where the spec names none)
        const colors = new Map(list.map((p) => [p.seriesIndex, p.color]));
        return index == null ? '' : tooltipHtml(spec, index, (i) => safeColor(colors.get(i)));
      },
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: spec.series.map((s, i) => seriesOption(spec, s, i === 0, axisMax)),
  };
}
