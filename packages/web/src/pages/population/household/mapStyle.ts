import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { BoundaryCollection } from './boundaries.ts';

// An inline style with no glyphs, sprites or remote sources: it draws only the boundary polygons shipped
// with the app, so the map works on a village office PC with no internet. Names are shown in HTML instead
// of map labels, which would need a font download.

const isVillage = (code: string): ExpressionSpecification => ['==', ['get', 'code'], code];
// Our boundary types are a strict subset of GeoJSON. MapLibre types `data` with the global GeoJSON namespace,
// which this package does not load, so the collections are handed over untyped.
const asData = (collection: BoundaryCollection): never => collection as never;

export function offlineStyle(
  villages: BoundaryCollection,
  districts: BoundaryCollection,
  villageCode: string,
): StyleSpecification {
  return {
    version: 8,
    sources: {
      villages: { type: 'geojson', data: asData(villages) },
      districts: { type: 'geojson', data: asData(districts) },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dcebf2' } },
      {
        id: 'villages-fill',
        type: 'fill',
        source: 'villages',
        paint: {
          'fill-color': ['case', isVillage(villageCode), '#f6d77f', '#f7f8f5'],
          'fill-opacity': ['case', isVillage(villageCode), 0.75, 0.95],
        },
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
        source: 'villages',
        filter: isVillage(villageCode),
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
