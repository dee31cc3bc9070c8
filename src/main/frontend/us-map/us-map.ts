/**
 * <us-map>: the portal's Leaflet map as one web component, driven from Java (org.unionstations.portal.map.PortalMap).
 *
 * - Layers arrive in bulk as GeoJSON strings, one payload per layer (never one server-side object per marker).
 * - Stored coordinates are WGS84. On GCJ-02 tiles (Amap) everything drawn is shifted onto the tiles and every picked
 *   point is shifted back, so data is never stored offset.
 * - Every user-provided string is rendered as text (textContent) or escaped before it reaches innerHTML.
 * - Events back to Java: us-marker-click, us-map-click, us-viewport-change, us-popup-action, us-layer-ready.
 * - us-viewport-change (bounds, zoom, size in pixels) goes once the map is first laid out and then after every pan, zoom
 *   or resize, 150 ms after the movement ends: the server serves some layers per viewport (points or bins).
 * - Bins (kind 'bins') are aggregates the server made: a circle labelled with the count, never clustered; a click zooms
 *   in on the bin, which makes the server send that view again.
 */
import { LitElement, css, html, unsafeCSS } from 'lit';
import './leaflet-global';
import 'leaflet.markercluster';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css?inline';
import clusterDefaultCss from 'leaflet.markercluster/dist/MarkerCluster.Default.css?inline';
import { gcj02ToWgs84, wgs84ToGcj02 } from './coords';
import { escapeHtml } from './escape';
import { binLabel } from './bin-label';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const L: any = (window as any).L;

// Stations are drawn as circle markers on the map's canvas, not as one DOM element each: with 10,000 stations the
// DOM icons made every pan and zoom repaint thousands of elements. markercluster hides and shows its children with
// these two methods, which it only defines for L.Marker.
L.CircleMarker.include({
  clusterHide() {
    this.__clusterHidden = true;
    this.setStyle({ opacity: 0, fillOpacity: 0 });
    return this;
  },
  clusterShow() {
    if (this.__clusterHidden) {
      this.__clusterHidden = false;
      this.setStyle({ opacity: 1, fillOpacity: 0.95 });
    }
    return this;
  },
});

type BaseMapKind = 'none' | 'osm' | 'tianditu' | 'amap';

interface BaseMapConfig {
  kind: BaseMapKind;
  key?: string;
  attribution?: string;
}

interface LayerStyle {
  /** 'categorical': colour by a property value; 'choropleth': colour by numeric breaks; 'fixed': one colour */
  mode: 'fixed' | 'categorical' | 'choropleth';
  property?: string;
  color: string;
  colors?: Record<string, string>;
  breaks?: number[];
  rampColors?: string[];
  fillOpacity?: number;
  weight?: number;
  strokeColor?: string;
  dashArray?: string;
}

interface LayerDef {
  id: string;
  /**
   * markers: points as clickable markers; circles: points drawn as circles of radius metres; shapes: polygons;
   * bins: points standing for many (property "count"), drawn as labelled circles
   */
  kind: 'markers' | 'circles' | 'shapes' | 'bins';
  clustered: boolean;
  visible: boolean;
  zIndex: number;
  style: LayerStyle;
  /** radius in metres for circles (or the feature property "radius") */
  radius?: number;
  /** property shown as hover tooltip (escaped) */
  tooltipProperty?: string;
  interactive: boolean;
  /** bins: screen offset of each circle from its point, [right, down] in pixels */
  offset?: [number, number];
  geojson: string;
}

interface PopupDef {
  title: string;
  subtitle?: string;
  rows: { label: string; value: string }[];
  actions: { id: string; label: string }[];
}

interface LegendDef {
  title: string;
  items: { color: string; label: string; shape?: 'dot' | 'box' }[];
}

interface LiveLayer {
  def: LayerDef;
  group: any;
  markersById: Map<string, any>;
  /** resolves once the layer is fully drawn (clustered layers load in chunks) */
  ready: Promise<void>;
}

/** How long the map must rest before the server hears of a new viewport. */
const VIEWPORT_DEBOUNCE_MS = 150;

const TIANDITU = (layer: string, key: string) =>
  `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
  `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`;

export class UsMap extends LitElement {
  static styles = [
    unsafeCSS(leafletCss),
    unsafeCSS(clusterCss),
    unsafeCSS(clusterDefaultCss),
    css`
      :host { display: block; position: relative; min-height: 300px; }
      #map { position: absolute; inset: 0; background: #eef2f5; font: inherit; }
      #map.picking { cursor: crosshair; }
      .us-bin div { border-radius: 50%; color: #fff; text-align: center; font-weight: 600; font-size: 11px;
        border: 2px solid rgba(255, 255, 255, 0.9); box-shadow: 0 0 3px rgba(0, 0, 0, 0.5); box-sizing: border-box;
        opacity: 0.92; cursor: zoom-in; white-space: nowrap; }
      .us-cluster div { border-radius: 50%; color: #fff; text-align: center; font-weight: 600; font-size: 12px;
        border: 3px solid rgba(255, 255, 255, 0.85); box-shadow: 0 0 3px rgba(0, 0, 0, 0.45); box-sizing: border-box; opacity: 0.92; }
      .us-pick { width: 22px; height: 22px; border-radius: 50% 50% 50% 0; transform: rotate(-45deg);
        background: #c8102e; border: 3px solid #fff; box-shadow: 0 1px 4px rgba(0,0,0,.5); box-sizing: border-box; }
      .us-popup h3 { margin: 0 0 2px; font-size: 15px; }
      .us-popup .sub { color: #666; margin-bottom: 6px; font-size: 12px; }
      .us-popup table { border-collapse: collapse; font-size: 12px; }
      .us-popup th { text-align: left; color: #666; font-weight: normal; padding: 1px 8px 1px 0; vertical-align: top; white-space: nowrap; }
      .us-popup td { padding: 1px 0; }
      .us-popup .actions { margin-top: 8px; display: flex; gap: 6px; }
      .us-popup button { font: inherit; font-size: 12px; cursor: pointer; border: 0; border-radius: 4px;
        padding: 4px 10px; background: #1676f3; color: #fff; }
      .us-legend { background: rgba(255,255,255,.92); padding: 6px 10px; border-radius: 6px; font-size: 12px;
        box-shadow: 0 1px 4px rgba(0,0,0,.3); line-height: 1.6; }
      .us-legend b { display: block; margin-bottom: 2px; }
      .us-legend i { display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: -1px; }
      .us-legend i.dot { border-radius: 50%; }
    `,
  ];

  private map: any;
  private tiles: any[] = [];
  private baseMap: BaseMapConfig = { kind: 'none' };
  private layers = new Map<string, LiveLayer>();
  private legendControl: any;
  private pickMarker: any;
  private picking = false;
  private pending: (() => void)[] = [];
  private viewportTimer?: number;
  private viewportSent = false;
  private firstViewportFrame = 0;

  render() {
    return html`<div id="map"></div>`;
  }

  firstUpdated() {
    const el = this.renderRoot.querySelector('#map') as HTMLElement;
    // maxZoom is set here, not by a tile layer: the offline base map has none, and clustering needs it
    this.map = L.map(el, { preferCanvas: true, zoomControl: true, attributionControl: true, minZoom: 3, maxZoom: 19 });
    this.map.attributionControl.setPrefix('<a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>');
    // all of China until the view says where its city is (every map fits the districts' extent)
    this.map.setView([35, 105], 4);
    this.map.on('click', (e: any) => {
      const [lon, lat] = this.unshift(e.latlng.lng, e.latlng.lat);
      this.dispatchEvent(new CustomEvent('us-map-click', { detail: { lon, lat } }));
    });
    // moveend follows every pan and zoom (and invalidateSize when the centre moves); resize when only the size changed
    this.map.on('moveend zoomend resize', () => this.scheduleViewport());
    new ResizeObserver(() => this.map.invalidateSize()).observe(this);
    this.applyBaseMap();
    this.pending.forEach((f) => f());
    this.pending = [];
    // the first viewport, after the queued calls (fitBounds) have moved the map
    this.scheduleViewport();
  }

  /** Runs now if the Leaflet map exists, else once it does (Java may call before the first render). */
  private whenReady(f: () => void) {
    if (this.map) {
      f();
    } else {
      this.pending.push(f);
    }
  }

  // ---- API called from Java ----------------------------------------------------------------------------------

  setBaseMap(json: string) {
    this.baseMap = JSON.parse(json);
    this.whenReady(() => {
      this.applyBaseMap();
      // geometry must be redrawn in the new coordinate frame
      for (const live of [...this.layers.values()]) {
        this.setLayer(JSON.stringify(live.def));
      }
      if (this.pickMarker) {
        const [lon, lat] = this.pickMarker.__wgs84;
        this.setPickMarker(lon, lat);
      }
    });
  }

  setLayer(json: string) {
    const def: LayerDef = JSON.parse(json);
    this.whenReady(() => {
      const started = performance.now();
      this.removeLayer(def.id);
      const live = this.buildLayer(def);
      this.layers.set(def.id, live);
      if (def.visible) {
        live.group.addTo(this.map);
      }
      live.ready.then(() =>
        this.afterPaint(() =>
          this.dispatchEvent(
            new CustomEvent('us-layer-ready', {
              detail: { layer: def.id, count: live.markersById.size, millis: performance.now() - started },
            }),
          ),
        ),
      );
    });
  }

  removeLayer(id: string) {
    this.whenReady(() => {
      const live = this.layers.get(id);
      if (live) {
        this.map.removeLayer(live.group);
        this.layers.delete(id);
      }
    });
  }

  setLayerVisible(id: string, visible: boolean) {
    this.whenReady(() => {
      const live = this.layers.get(id);
      if (!live) return;
      live.def.visible = visible;
      if (visible && !this.map.hasLayer(live.group)) live.group.addTo(this.map);
      if (!visible && this.map.hasLayer(live.group)) this.map.removeLayer(live.group);
    });
  }

  setView(lon: number, lat: number, zoom: number) {
    this.whenReady(() => this.map.setView(this.shiftLatLng(lon, lat), zoom));
  }

  flyTo(lon: number, lat: number, zoom: number) {
    this.whenReady(() => this.map.flyTo(this.shiftLatLng(lon, lat), zoom, { duration: 0.8 }));
  }

  fitBounds(west: number, south: number, east: number, north: number) {
    this.whenReady(() =>
      this.map.fitBounds([this.shiftLatLng(west, south), this.shiftLatLng(east, north)], { padding: [16, 16] }),
    );
  }

  /** Opens a popup at a feature: built with DOM text nodes only, so names and addresses cannot inject markup. */
  showPopup(layerId: string, featureId: string, lon: number, lat: number, json: string) {
    const def: PopupDef = JSON.parse(json);
    this.whenReady(() => {
      const box = document.createElement('div');
      box.className = 'us-popup';
      const h = document.createElement('h3');
      h.textContent = def.title;
      box.appendChild(h);
      if (def.subtitle) {
        const sub = document.createElement('div');
        sub.className = 'sub';
        sub.textContent = def.subtitle;
        box.appendChild(sub);
      }
      const table = document.createElement('table');
      for (const row of def.rows) {
        const tr = document.createElement('tr');
        const th = document.createElement('th');
        th.textContent = row.label;
        const td = document.createElement('td');
        td.textContent = row.value;
        tr.append(th, td);
        table.appendChild(tr);
      }
      box.appendChild(table);
      if (def.actions.length) {
        const actions = document.createElement('div');
        actions.className = 'actions';
        for (const a of def.actions) {
          const b = document.createElement('button');
          b.type = 'button';
          b.textContent = a.label;
          b.dataset.action = a.id;
          b.addEventListener('click', (ev) => {
            ev.stopPropagation();
            this.dispatchEvent(
              new CustomEvent('us-popup-action', { detail: { layer: layerId, id: featureId, action: a.id } }),
            );
          });
          actions.appendChild(b);
        }
        box.appendChild(actions);
      }
      L.popup({ maxWidth: 360, autoPanPadding: [24, 24] })
        .setLatLng(this.shiftLatLng(lon, lat))
        .setContent(box)
        .openOn(this.map);
    });
  }

  closePopup() {
    this.whenReady(() => this.map.closePopup());
  }

  setLegend(json: string | null) {
    this.whenReady(() => {
      if (this.legendControl) {
        this.map.removeControl(this.legendControl);
        this.legendControl = undefined;
      }
      if (!json) return;
      const def: LegendDef = JSON.parse(json);
      const Legend = L.Control.extend({
        onAdd: () => {
          const box = L.DomUtil.create('div', 'us-legend');
          const title = document.createElement('b');
          title.textContent = def.title;
          box.appendChild(title);
          for (const item of def.items) {
            const line = document.createElement('div');
            const swatch = document.createElement('i');
            swatch.className = item.shape === 'box' ? 'box' : 'dot';
            swatch.style.background = safeColor(item.color);
            line.appendChild(swatch);
            line.appendChild(document.createTextNode(item.label));
            box.appendChild(line);
          }
          return box;
        },
      });
      this.legendControl = new Legend({ position: 'bottomright' });
      this.legendControl.addTo(this.map);
    });
  }

  setPicking(picking: boolean) {
    this.picking = picking;
    this.whenReady(() => this.renderRoot.querySelector('#map')!.classList.toggle('picking', picking));
  }

  /** The editor's location marker (WGS84); null clears it. */
  setPickMarker(lon: number | null, lat: number | null) {
    this.whenReady(() => {
      if (this.pickMarker) {
        this.map.removeLayer(this.pickMarker);
        this.pickMarker = undefined;
      }
      if (lon == null || lat == null || Number.isNaN(lon) || Number.isNaN(lat)) return;
      const icon = L.divIcon({ className: '', html: '<div class="us-pick"></div>', iconSize: [22, 22], iconAnchor: [11, 22] });
      this.pickMarker = L.marker(this.shiftLatLng(lon, lat), { icon, interactive: false, zIndexOffset: 1000 });
      this.pickMarker.__wgs84 = [lon, lat];
      this.pickMarker.addTo(this.map);
    });
  }

  // ---- internals ---------------------------------------------------------------------------------------------

  private applyBaseMap() {
    this.tiles.forEach((t) => this.map.removeLayer(t));
    this.tiles = [];
    const b = this.baseMap;
    const add = (url: string, options: any) => this.tiles.push(L.tileLayer(url, options).addTo(this.map));
    if (b.kind === 'osm') {
      add('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
        maxZoom: 19,
        attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
      });
    } else if (b.kind === 'tianditu') {
      const key = b.key ?? '';
      const attribution = '&copy; <a href="https://www.tianditu.gov.cn" target="_blank" rel="noopener">天地图</a>';
      add(TIANDITU('vec', key), { subdomains: '01234567', maxZoom: 18, attribution });
      add(TIANDITU('cva', key), { subdomains: '01234567', maxZoom: 18 });
    } else if (b.kind === 'amap') {
      add('https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}', {
        subdomains: '1234',
        maxZoom: 18,
        attribution: '&copy; <a href="https://www.amap.com" target="_blank" rel="noopener">高德地图</a>',
      });
    } else if (b.attribution) {
      this.map.attributionControl.addAttribution(escapeHtml(b.attribution));
    }
  }

  private get gcj(): boolean {
    return this.baseMap.kind === 'amap';
  }

  /** WGS84 → what is drawn (GCJ-02 on Amap tiles). Returns Leaflet's [lat, lng]. */
  private shiftLatLng(lon: number, lat: number): [number, number] {
    if (!this.gcj) return [lat, lon];
    const [x, y] = wgs84ToGcj02(lon, lat);
    return [y, x];
  }

  /** What was picked on screen → WGS84 [lon, lat]. */
  private unshift(lon: number, lat: number): [number, number] {
    return this.gcj ? gcj02ToWgs84(lon, lat) : [lon, lat];
  }

  /**
   * Sends the viewport once the map has rested for VIEWPORT_DEBOUNCE_MS (one event per gesture); the first one, which
   * the server waits for to draw anything, goes at the next frame.
   */
  private scheduleViewport() {
    window.clearTimeout(this.viewportTimer);
    if (!this.viewportSent) {
      if (!this.firstViewportFrame) {
        this.firstViewportFrame = requestAnimationFrame(() => {
          this.firstViewportFrame = 0;
          this.fireViewport();
        });
      }
      return;
    }
    this.viewportTimer = window.setTimeout(() => this.fireViewport(), VIEWPORT_DEBOUNCE_MS);
  }

  private fireViewport() {
    const size = this.map.getSize();
    if (!size.x || !size.y) return; // not laid out yet (hidden tab, no height): the ResizeObserver calls again
    this.viewportSent = true;
    const b = this.map.getBounds();
    const [west, south] = this.unshift(b.getWest(), b.getSouth());
    const [east, north] = this.unshift(b.getEast(), b.getNorth());
    this.dispatchEvent(
      new CustomEvent('us-viewport-change', {
        detail: { west, south, east, north, zoom: Math.round(this.map.getZoom()), width: size.x, height: size.y },
      }),
    );
  }

  private afterPaint(f: () => void) {
    requestAnimationFrame(() => requestAnimationFrame(f));
  }

  private buildLayer(def: LayerDef): LiveLayer {
    const data = JSON.parse(def.geojson);
    const features: any[] = data.features ?? [];
    const markersById = new Map<string, any>();
    const pane = this.ensurePane(def.zIndex, def.interactive);
    let group: any;
    let drawn: () => void = () => {};
    const ready = new Promise<void>((resolve) => (drawn = resolve));
    const waitForChunks = def.kind === 'markers' && def.clustered && def.visible && features.length > 0;
    if (!waitForChunks) {
      drawn();
    }
    if (def.kind === 'markers') {
      const clusterColor = safeColor(def.style.color);
      group = def.clustered
        ? L.markerClusterGroup({
            chunkedLoading: true,
            // no zoom animation: with thousands of markers it costs more than it shows
            animate: false,
            chunkProgress: (processed: number, total: number) => {
              if (processed >= total) drawn();
            },
            maxClusterRadius: 80,
            showCoverageOnHover: false,
            iconCreateFunction: (cluster: any) => {
              const n = cluster.getChildCount();
              const size = n < 10 ? 28 : n < 100 ? 34 : n < 1000 ? 40 : 46;
              return L.divIcon({
                className: 'us-cluster',
                html: `<div style="background:${clusterColor};width:${size}px;height:${size}px;line-height:${size}px">${n}</div>`,
                iconSize: [size, size],
              });
            },
          })
        : L.layerGroup();
      const markers: any[] = [];
      for (const f of features) {
        const [lon, lat] = f.geometry.coordinates;
        const marker = L.circleMarker(this.shiftLatLng(lon, lat), {
          radius: 6,
          color: '#ffffff',
          weight: 2,
          fillColor: safeColor(colorOf(def.style, f.properties)),
          fillOpacity: 0.95,
          pane,
          bubblingMouseEvents: false,
        });
        const id = String(f.id ?? f.properties?.id);
        if (def.tooltipProperty) {
          const text = f.properties?.[def.tooltipProperty];
          marker.bindTooltip(() => escapeHtml(String(text ?? '')), { direction: 'top', offset: [0, -8] });
        }
        if (def.interactive) {
          marker.on('click', () =>
            this.dispatchEvent(new CustomEvent('us-marker-click', { detail: { layer: def.id, id, lon, lat } })),
          );
        }
        markersById.set(id, marker);
        markers.push(marker);
      }
      if (def.clustered) group.addLayers(markers);
      else markers.forEach((m) => group.addLayer(m));
    } else if (def.kind === 'bins') {
      group = L.layerGroup();
      const [dx, dy] = def.offset ?? [0, 0];
      for (const f of features) {
        const [lon, lat] = f.geometry.coordinates;
        const count = Math.max(0, Math.round(Number(f.properties?.count ?? 0)));
        // 20 px for one point, 4 px more per tenfold (32 px for a thousand): small enough for the four types'
        // bins of one cell to stand side by side, each 15 px off the cell's mean (StationMapView)
        const size = Math.round(20 + 4 * Math.log10(Math.max(1, count)));
        const label = binLabel(count, this.lang);
        const color = safeColor(colorOf(def.style, f.properties));
        const icon = L.divIcon({
          className: 'us-bin',
          html: `<div data-count="${count}" style="background:${color};width:${size}px;height:${size}px;line-height:${size - 4}px;font-size:${label.length > 4 ? 10 : 11}px">${escapeHtml(label)}</div>`,
          iconSize: [size, size],
          iconAnchor: [size / 2 - dx, size / 2 - dy],
        });
        const bin = L.marker(this.shiftLatLng(lon, lat), { icon, pane, keyboard: false, bubblingMouseEvents: false });
        if (def.tooltipProperty) {
          const text = f.properties?.[def.tooltipProperty];
          bin.bindTooltip(() => escapeHtml(String(text ?? '')), { direction: 'top', offset: [dx, dy - size / 2] });
        }
        if (def.interactive) {
          bin.on('click', () => this.map.setView(bin.getLatLng(), Math.min(this.map.getZoom() + 2, this.map.getMaxZoom())));
        }
        markersById.set(String(f.id ?? f.properties?.id), bin);
        group.addLayer(bin);
      }
    } else if (def.kind === 'circles') {
      group = L.layerGroup();
      for (const f of features) {
        const [lon, lat] = f.geometry.coordinates;
        const color = colorOf(def.style, f.properties);
        const circle = L.circle(this.shiftLatLng(lon, lat), {
          pane,
          radius: Number(f.properties?.radius ?? def.radius ?? 1000),
          color: def.style.strokeColor ?? color,
          weight: def.style.weight ?? 1,
          fillColor: color,
          fillOpacity: def.style.fillOpacity ?? 0.12,
          interactive: false,
        });
        group.addLayer(circle);
      }
    } else {
      group = L.geoJSON(data, {
        pane,
        interactive: def.interactive,
        coordsToLatLng: (c: number[]) => L.latLng(...this.shiftLatLng(c[0], c[1])),
        style: (f: any) => {
          const color = colorOf(def.style, f.properties);
          return {
            color: def.style.strokeColor ?? color,
            weight: def.style.weight ?? 1.5,
            fillColor: color,
            fillOpacity: def.style.fillOpacity ?? 0.2,
            dashArray: def.style.dashArray,
          };
        },
        onEachFeature: (f: any, layer: any) => {
          const id = String(f.id ?? f.properties?.id);
          markersById.set(id, layer);
          if (def.tooltipProperty) {
            const text = f.properties?.[def.tooltipProperty];
            layer.bindTooltip(() => escapeHtml(String(text ?? '')), { sticky: true });
          }
          if (def.interactive) {
            layer.on('click', (e: any) => {
              const [lon, lat] = this.unshift(e.latlng.lng, e.latlng.lat);
              this.dispatchEvent(new CustomEvent('us-marker-click', { detail: { layer: def.id, id, lon, lat } }));
            });
          }
        },
      });
    }
    return { def, group, markersById, ready };
  }

  /**
   * One pane per stacking level. Canvas layers get one canvas per pane, and a canvas takes the mouse events for
   * everything under it: panes of non-interactive layers let events through to the interactive ones below.
   */
  private ensurePane(zIndex: number, interactive: boolean): string {
    const name = `us-pane-${zIndex}`;
    let pane = this.map.getPane(name);
    if (!pane) {
      pane = this.map.createPane(name);
      pane.style.zIndex = String(400 + zIndex);
    }
    pane.style.pointerEvents = interactive ? 'auto' : 'none';
    return name;
  }

}

/** Colours come from our Java code, but are still checked before they go into a style attribute. */
function safeColor(color: string): string {
  return /^#[0-9a-fA-F]{3,8}$/.test(color) || /^[a-z]+$/.test(color) ? color : '#888888';
}

function colorOf(style: LayerStyle, props: any): string {
  if (style.mode === 'categorical' && style.property && style.colors) {
    return style.colors[String(props?.[style.property])] ?? style.color;
  }
  if (style.mode === 'choropleth' && style.property && style.breaks && style.rampColors) {
    const v = Number(props?.[style.property]);
    let i = 0;
    while (i < style.breaks.length && v >= style.breaks[i]) i++;
    return style.rampColors[Math.min(i, style.rampColors.length - 1)];
  }
  return style.color;
}

customElements.define('us-map', UsMap);
