import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { BoundaryCollection, BoundaryFeature } from '../../../ui/map/boundaries.ts';

// An inline style with no glyphs, sprites or remote sources: it draws only the boundary polygons shipped
// with the app, so the map works on a village office PC with no internet. Names are shown in HTML instead
// of map labels, which would need a font download.

// Our boundary types are a strict subset of GeoJSON. MapLibre types `data` with the global GeoJSON namespace,
// which this package does not load, so the collections are handed over untyped.
const asData = (data: BoundaryCollection | BoundaryFeature): never => data as never;
const EMPTY: BoundaryCollection = { type: 'FeatureCollection', features: [] };

/** Sources whose data follows the zoom (boundaries.ts picks the level). */
export const CONTEXT_SOURCES = { villages: 'villages', districts: 'districts' } as const;
/** The fill of the neighbouring villages and of the household's own, which the OSM layer shows through. */
export const FILL_LAYERS = { villages: 'villages-fill', village: 'village-fill' } as const;
export const FILL_OPACITY = { plain: { villages: 0.95, village: 0.75 }, osm: { villages: 0, village: 0.35 } };

/**
 * The household's village, exactly, over its neighbours and the district lines, which start empty and are
 * filled with the level of detail the zoom needs.
 */
export function offlineStyle(village: BoundaryFeature | null): StyleSpecification {
  return {
    version: 8,
    sources: {
      villages: { type: 'geojson', data: asData(EMPTY) },
      districts: { type: 'geojson', data: asData(EMPTY) },
      village: { type: 'geojson', data: asData(village ? { ...EMPTY, features: [village] } : EMPTY) },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dcebf2' } },
      {
        id: FILL_LAYERS.villages,
        type: 'fill',
        source: 'villages',
        paint: { 'fill-color': '#f7f8f5', 'fill-opacity': FILL_OPACITY.plain.villages },
      },
      {
        id: FILL_LAYERS.village,
        type: 'fill',
        source: 'village',
        paint: { 'fill-color': '#f6d77f', 'fill-opacity': FILL_OPACITY.plain.village },
      },
      {
        id: 'villages-line',
        type: 'line',
        source: 'villages',
        paint: { 'line-color': '#9aaea7', 'line-width': 0.7 },
      },
      {
        id: 'districts-line',
        type: 'line',
        source: 'districts',
        paint: { 'line-color': '#0b5345', 'line-width': 1.8 },
      },
      {
        id: 'village-outline',
        type: 'line',
        source: 'village',
        paint: { 'line-color': '#8a5a00', 'line-width': 3 },
      },
    ],
  };
}

export const OSM_SOURCE_ID = 'osm';
export const OSM_LAYER: LayerSpecification = { id: 'osm', type: 'raster', source: OSM_SOURCE_ID };

/** Outside tiles, only when the user switches them on (they need the internet and send requests to OSM). */
export const OSM_SOURCE = {
  type: 'raster' as const,
  tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
  tileSize: 256,
  maxzoom: 19,
  attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
};
