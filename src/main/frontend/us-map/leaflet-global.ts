/**
 * leaflet.markercluster is a UMD plugin that extends a global `L`. Leaflet's ES module build does not create that
 * global, and its namespace object is frozen, so the plugin gets a mutable copy here. This module must be imported
 * before 'leaflet.markercluster' (ES modules evaluate imports in order).
 */
import * as Leaflet from 'leaflet';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const w = window as any;
if (!w.L || !Object.isExtensible(w.L)) {
  w.L = { ...Leaflet };
}
