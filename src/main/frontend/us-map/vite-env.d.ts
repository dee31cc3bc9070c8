// Vite's "?inline" CSS imports give the stylesheet as a string (used to style the map's shadow root).
declare module '*.css?inline' {
  const css: string;
  export default css;
}

// Leaflet 1.9 ships no type declarations; the component talks to it through the untyped global `L` anyway.
declare module 'leaflet';
