import {
  AttributionControl,
  LngLatBounds,
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  setWorkerUrl,
} from 'maplibre-gl';
import type { MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  featureBounds,
  loadLevelIndex,
  loadVillageOutline,
  REGENCY_BOUNDS,
} from '../../../ui/map/boundaries.ts';
import type { Bounds, Position } from '../../../ui/map/boundaries.ts';
import { followZoomDetail } from './mapDetail.ts';
import { FILL_LAYERS, FILL_OPACITY, offlineStyle, OSM_LAYER, OSM_SOURCE, OSM_SOURCE_ID } from './mapStyle.ts';

/** Zoom that shows a house with the few streets around it. */
const HOUSE_ZOOM = 16;

// The worker ships as its own file next to this chunk; MapLibre must be told where Vite put it.
setWorkerUrl(workerUrl);

export interface PickedPoint {
  latitude: number;
  longitude: number;
}

interface HouseholdMapProps {
  villageCode: string;
  latitude: number | null;
  longitude: number | null;
  /** Editing: a tap or click on the map, or dragging the pin, moves the pin there. */
  onPick?: (point: PickedPoint) => void;
}

type MapState = 'loading' | 'ready' | 'failed';

const PIN_COLOUR = '#a8201a';

/**
 * The household's pin on the village and district boundaries. Loaded lazily (MapLibre is large), works with
 * no internet; OpenStreetMap tiles only after the user switches them on. With `onPick` it is the place
 * where the operator sets the pin.
 */
export default function HouseholdMap({ villageCode, latitude, longitude, onPick }: HouseholdMapProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const markerRef = useRef<Marker | null>(null);
  const [state, setState] = useState<MapState>('loading');
  const [osm, setOsm] = useState(false);
  const pin: Position | null = latitude !== null && longitude !== null ? [longitude, latitude] : null;
  // The map is built once per village; the pin it opens on is read from here, later pins move the marker.
  const initialPin = useRef(pin);
  const pickRef = useRef(onPick);
  pickRef.current = onPick;
  const picking = onPick !== undefined;

  useEffect(() => {
    let cancelled = false;
    // The village's own outline and the index of district files; a village with no outline opens on the
    // regency, and without the index the map shows the coarse regency file at every zoom.
    Promise.all([loadVillageOutline(villageCode).catch(() => null), loadLevelIndex().catch(() => null)])
      .then(([feature, index]) => {
        if (cancelled || !container.current) return;
        const bounds: Bounds = feature ? featureBounds(feature) : REGENCY_BOUNDS;
        // A house with a pin opens on the house (a few streets around it); zooming out shows its village.
        // Without one, the village is framed, with room at the bottom for the folded attribution button.
        const frame = initialPin.current
          ? { center: initialPin.current, zoom: HOUSE_ZOOM }
          : {
              bounds: new LngLatBounds([bounds[0], bounds[1]], [bounds[2], bounds[3]]),
              fitBoundsOptions: { padding: { top: 24, right: 24, bottom: 40, left: 24 } },
            };
        const map = new MapLibreMap({
          container: container.current,
          style: offlineStyle(feature),
          ...frame,
          attributionControl: false,
          cooperativeGestures: false,
          dragRotate: false,
        });
        map.touchZoomRotate.disableRotation();
        map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
        map.addControl(
          new AttributionControl({
            compact: true,
            customAttribution: t('population.household.mapAttribution'),
          }),
        );
        // On a phone the open attribution covers the bottom of the map (the house, or the south of the
        // village): it starts folded (its "i" button still opens it) so nothing shown lies under it.
        const foldAttribution = () =>
          container.current
            ?.querySelector('.maplibregl-compact-show')
            ?.classList.remove('maplibregl-compact-show');
        map.on('click', (event: MapMouseEvent) => {
          if (!pickRef.current) return;
          foldAttribution();
          pickRef.current({ latitude: event.lngLat.lat, longitude: event.lngLat.lng });
        });
        map.on('load', () => {
          foldAttribution();
          // Ready once the neighbours are drawn too, so what is shown (and counted) is the whole first view.
          void followZoomDetail(map, index).then(() => {
            if (!cancelled) setState('ready');
          });
        });
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
      markerRef.current = null;
      mapRef.current?.remove();
      mapRef.current = null;
    };
  }, [villageCode, t]);

  // The pin follows the coordinates, wherever they came from (tap, drag, device location, typing).
  const [lng, lat] = pin ?? [null, null];
  useEffect(() => {
    const map = mapRef.current;
    if (!map || state !== 'ready') return;
    if (lng === null || lat === null) {
      markerRef.current?.remove();
      markerRef.current = null;
      return;
    }
    if (!markerRef.current) {
      const marker = new Marker({ color: PIN_COLOUR, draggable: picking });
      marker.on('dragend', () => {
        const position = marker.getLngLat();
        pickRef.current?.({ latitude: position.lat, longitude: position.lng });
      });
      markerRef.current = marker.setLngLat([lng, lat]).addTo(map);
    } else {
      markerRef.current.setLngLat([lng, lat]);
    }
    if (!map.getBounds().contains([lng, lat])) map.easeTo({ center: [lng, lat] });
  }, [lng, lat, state, picking]);

  useEffect(() => {
    const canvas = mapRef.current?.getCanvas();
    if (canvas && state === 'ready') canvas.style.cursor = picking ? 'crosshair' : '';
  }, [picking, state]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || state !== 'ready') return;
    if (osm && !map.getSource(OSM_SOURCE_ID)) {
      map.addSource(OSM_SOURCE_ID, OSM_SOURCE);
      map.addLayer(OSM_LAYER, FILL_LAYERS.villages);
      map.setPaintProperty(FILL_LAYERS.villages, 'fill-opacity', FILL_OPACITY.osm.villages);
      map.setPaintProperty(FILL_LAYERS.village, 'fill-opacity', FILL_OPACITY.osm.village);
    }
    if (!osm && map.getSource(OSM_SOURCE_ID)) {
      map.removeLayer(OSM_LAYER.id);
      map.removeSource(OSM_SOURCE_ID);
      map.setPaintProperty(FILL_LAYERS.villages, 'fill-opacity', FILL_OPACITY.plain.villages);
      map.setPaintProperty(FILL_LAYERS.village, 'fill-opacity', FILL_OPACITY.plain.village);
    }
  }, [osm, state]);

  return (
    <div className="household-map-wrap">
      <div
        ref={container}
        className="household-map"
        // Read-only the map is a picture; for editing, a group whose zoom buttons stay reachable.
        role={picking ? 'group' : 'img'}
        aria-label={t(picking ? 'population.householdLocation.mapLabel' : 'population.household.mapLabel')}
        data-testid="household-map"
        data-map-state={state}
      />
      {state === 'failed' && (
        <p className="notice notice-info">
          {t(picking ? 'population.householdLocation.mapFailed' : 'population.household.mapFailed')}
        </p>
      )}
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
