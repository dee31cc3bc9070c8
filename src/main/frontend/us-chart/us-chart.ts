/**
 * <us-chart>: the portal's charts as one web component over Apache ECharts, driven from Java
 * (org.unionstations.portal.chart.PortalChart).
 *
 * - property `spec`: the whole chart as one JSON string (spec.ts); each one carries a version.
 * - attributes `chart-theme` (light | dark), `renderer` (canvas | svg), `animation` (on | off).
 * - read-only property `renderedVersion` (and attribute `rendered-version`): the version of the last chart drawn.
 * - events: `us-chart-rendered` {version, millis} once a chart is fully drawn (animations included);
 *   `us-chart-category-click` {index, category, series} on a bar, a point, an axis label or a category's band.
 * - every user-provided text is drawn as canvas/SVG text or escaped into the tooltip's HTML (options.ts).
 * - resizes with its container (ResizeObserver) and for printing; disposes ECharts when removed from the page.
 */
import { echarts } from './echarts';
import { chartOption } from './options';
import type { ChartSpec } from './spec';

type Chart = ReturnType<typeof echarts.init>;

// ECharts draws on a transparent background; the element's own is the page's (light) or a dark one, both settable
// with --us-chart-background (a wall screen sets its page's colour)
const STYLE = `
  :host { display: block; position: relative; min-height: 160px; background: var(--us-chart-background, transparent); }
  :host([chart-theme='dark']) { background: var(--us-chart-background, #0b1426); color-scheme: dark; }
  #chart { position: absolute; inset: 0; }
  @media print { :host { break-inside: avoid; } }
`;

export class UsChart extends HTMLElement {
  static observedAttributes = ['chart-theme', 'renderer', 'animation'];

  private chart?: Chart;
  private container: HTMLDivElement;
  private current?: ChartSpec;
  private specJson: string | null = null;
  private drawn = 0;
  /** the version drawn but not yet reported as finished, and when it arrived */
  private pending?: { version: number; since: number };
  private resizeObserver?: ResizeObserver;
  private readonly onPrint = () => this.chart?.resize();

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    this.container = document.createElement('div');
    this.container.id = 'chart';
    root.append(style, this.container);
  }

  get spec(): string | null {
    return this.specJson;
  }

  set spec(json: string | null) {
    this.specJson = json;
    this.current = json ? (JSON.parse(json) as ChartSpec) : undefined;
    if (this.current) {
      this.pending = { version: this.current.version, since: performance.now() };
    }
    this.draw();
  }

  /** The version of the last chart fully drawn (0 before the first). */
  get renderedVersion(): number {
    return this.drawn;
  }

  /**
   * Where a category is drawn, in viewport pixels: the centre of a series' bar or point there, or (without a series)
   * the middle of the category's band. For browser tests, tours and measurements; null if nothing is drawn there.
   */
  pointPosition(categoryIndex: number, seriesKey?: string): { x: number; y: number } | null {
    const chart = this.chart;
    const spec = this.current;
    if (!chart || !spec || !spec.categories[categoryIndex]) {
      return null;
    }
    const box = this.container.getBoundingClientRect();
    const horizontal = spec.orientation === 'HORIZONTAL';
    if (seriesKey != null) {
      const seriesIndex = spec.series.findIndex((s) => s.key === seriesKey);
      const series = spec.series[seriesIndex];
      const value = series?.values[categoryIndex];
      if (!series || value == null) {
        return null;
      }
      if (series.kind === 'BAR') {
        // a bar's rectangle (bars of several series stand side by side in a category)
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const rect = (chart as any).getModel()?.getSeriesByIndex(seriesIndex)?.getData()?.getItemLayout(categoryIndex);
        return rect ? { x: box.left + rect.x + rect.width / 2, y: box.top + rect.y + rect.height / 2 } : null;
      }
      const point = chart.convertToPixel({ seriesIndex }, horizontal ? [value, categoryIndex] : [categoryIndex, value]);
      return Array.isArray(point) ? { x: box.left + point[0], y: box.top + point[1] } : null;
    }
    const categoryPixel = chart.convertToPixel(horizontal ? { yAxisIndex: 0 } : { xAxisIndex: 0 }, categoryIndex);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const grid = (chart as any).getModel()?.getComponent('grid', 0)?.coordinateSystem?.getRect();
    if (typeof categoryPixel !== 'number' || !grid) {
      return null;
    }
    return horizontal
      ? { x: box.left + grid.x + grid.width / 2, y: box.top + categoryPixel }
      : { x: box.left + categoryPixel, y: box.top + grid.y + grid.height / 2 };
  }

  connectedCallback() {
    // Vaadin may have set the property before this element was defined: take it over from the instance
    if (Object.prototype.hasOwnProperty.call(this, 'spec')) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const value = (this as any).spec;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      delete (this as any).spec;
      this.spec = value;
    }
    this.start();
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
    this.stop();
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null) {
    if (old === value || !this.chart) {
      return; // not started yet: start() reads the attributes
    }
    if (name === 'animation') {
      this.draw();
    } else {
      // theme and renderer are fixed when ECharts starts: start again and draw the same chart
      this.stop();
      this.start();
    }
  }

  private start() {
    if (this.chart) {
      return;
    }
    const theme = this.getAttribute('chart-theme') === 'dark' ? 'dark' : undefined;
    const renderer = this.getAttribute('renderer') === 'svg' ? 'svg' : 'canvas';
    this.chart = echarts.init(this.container, theme, { renderer });
    this.chart.on('finished', () => this.finished());
    this.chart.on('click', (params) => this.clicked(params as unknown as ClickParams));
    // a click in the empty band of a category counts as a click on that category
    this.chart.getZr().on('click', (e) => {
      if (!e.target) this.bandClicked(e.offsetX, e.offsetY);
    });
    if (this.current) {
      this.pending = { version: this.current.version, since: performance.now() };
    }
    this.draw();
  }

  private stop() {
    this.chart?.dispose();
    this.chart = undefined;
  }

  private draw() {
    const chart = this.chart;
    const spec = this.current;
    if (!chart || !spec) {
      return;
    }
    const animation = this.getAttribute('animation') !== 'off';
    chart.setOption(chartOption(spec, animation), { notMerge: true });
  }

  private finished() {
    const pending = this.pending;
    if (!pending) {
      return;
    }
    this.pending = undefined;
    this.drawn = pending.version;
    this.setAttribute('rendered-version', String(pending.version));
    this.dispatchEvent(
      new CustomEvent('us-chart-rendered', {
        detail: { version: pending.version, millis: performance.now() - pending.since },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private clicked(params: ClickParams) {
    const spec = this.current;
    if (!spec || typeof params.dataIndex !== 'number') {
      return;
    }
    if (params.componentType === 'series' && typeof params.seriesIndex === 'number') {
      this.fireClick(params.dataIndex, spec.series[params.seriesIndex]?.key ?? null);
    } else if (params.targetType === 'axisLabel') {
      this.fireClick(params.dataIndex, null);
    }
  }

  private bandClicked(x: number, y: number) {
    const chart = this.chart;
    const spec = this.current;
    if (!chart || !spec || !chart.containPixel('grid', [x, y])) {
      return;
    }
    const horizontal = spec.orientation === 'HORIZONTAL';
    const value = chart.convertFromPixel({ gridIndex: 0 }, [x, y]);
    const index = Array.isArray(value) ? Math.round(value[horizontal ? 1 : 0]) : NaN;
    if (index >= 0 && index < spec.categories.length) {
      this.fireClick(index, null);
    }
  }

  private fireClick(index: number, series: string | null) {
    const category = this.current?.categories[index];
    if (!category) {
      return;
    }
    this.dispatchEvent(
      new CustomEvent('us-chart-category-click', {
        detail: { index, category: category.key, series },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

interface ClickParams {
  componentType?: string;
  targetType?: string;
  seriesIndex?: number;
  dataIndex?: number;
}

if (!customElements.get('us-chart')) {
  customElements.define('us-chart', UsChart);
}

declare global {
  interface HTMLElementTagNameMap {
    'us-chart': UsChart;
  }
}
