import {
  AttributionControl,
  LngLatBounds,
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { extendBounds, featureBounds, loadBoundaries, REGENCY_BOUNDS } from './boundaries.ts';
import type { Bounds } from './boundaries.ts';
import { offlineStyle, OSM_LAYER, OSM_SOURCE, OSM_SOURCE_ID } from './mapStyle.ts';

// The worker ships as its own file next to this chunk; MapLibre must be told where Vite put it.
setWorkerUrl(workerUrl);

interface HouseholdMapProps {
  villageCode: string;
  latitude: number | null;
  longitude: number | null;
}

type MapState = 'loading' | 'ready' | 'failed';

/**
 * The household's pin on the village and district boundaries. Loaded lazily (MapLibre is large), works with
 * no internet; OpenStreetMap tiles only after the user switches them on.
 */
export default function HouseholdMap({ villageCode, latitude, longitude }: HouseholdMapProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [state, setState] = useState<MapState>('loading');
  const [osm, setOsm] = useState(false);

  useEffect(() => {
    let cancelled = false;
    Promise.all([loadBoundaries('villages'), loadBoundaries('districts')])
      .then(([villages, districts]) => {
        if (cancelled || !container.current) return;
        const feature = villages.features.find((f) => f.properties.code === villageCode);
        let bounds: Bounds = feature ? featureBounds(feature) : REGENCY_BOUNDS;
        const pin =
          latitude !== null && longitude !== null ? ([longitude, latitude] as [number, number]) : null;
        if (pin) bounds = extendBounds(bounds, pin);
        const map = new MapLibreMap({
          container: container.current,
          style: offlineStyle(villages, districts, villageCode),
          bounds: new LngLatBounds([bounds[0], bounds[1]], [bounds[2], bounds[3]]),
          fitBoundsOptions: { padding: 24 },
          attributionControl: false,
          cooperativeGestures: false,
          dragRotate: false,
        });
        map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
        map.addControl(
          new AttributionControl({
            compact: true,
            customAttribution: t('population.household.mapAttribution'),
          }),
        );
        if (pin) new Marker({ color: '#a8201a' }).setLngLat(pin).addTo(map);
        map.on('load', () => setState('ready'));
        map.on('error', (event) => console.warn('map', event.error));
        mapRef.current = map;
      })
      .catch((error: unknown) => {
        // No WebGL (old phone), or the boundary files could not be loaded: the facts below still stand.
        console.warn('map unavailable', error);
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
      mapRef.current?.remove();
      mapRef.current = null;
    };
  }, [villageCode, latitude, longitude, t]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || state !== 'ready') return;
    if (osm && !map.getSource(OSM_SOURCE_ID)) {
      map.addSource(OSM_SOURCE_ID, OSM_SOURCE);
      map.addLayer(OSM_LAYER, 'villages-fill');
      map.setPaintProperty('villages-fill', 'fill-opacity', [
        'case',
        ['==', ['get', 'code'], villageCode],
        0.35,
        0,
      ]);
    }
    if (!osm && map.getSource(OSM_SOURCE_ID)) {
      map.removeLayer(OSM_LAYER.id);
      map.removeSource(OSM_SOURCE_ID);
      map.setPaintProperty('villages-fill', 'fill-opacity', [
        'case',
        ['==', ['get', 'code'], villageCode],
        0.75,
        0.95,
      ]);
    }
  }, [osm, state, villageCode]);

  return (
    <div className="household-map-wrap">
      <div
        ref={container}
        className="household-map"
        role="img"
        aria-label={t('population.household.mapLabel')}
        data-testid="household-map"
        data-map-state={state}
      />
      {state === 'failed' && <p className="notice notice-info">{t('population.household.mapFailed')}</p>}
      <label className="checkbox-field map-toggle">
        <input
          type="checkbox"
          checked={osm}
          disabled={state !== 'ready'}
          onChange={(e) => setOsm(e.target.checked)}
        />
        <span>
          {t('population.household.osmToggle')}
          <span className="field-hint">{t('population.household.osmHint')}</span>
        </span>
      </label>
    </div>
  );
}
