import {
  AttributionControl,
  LngLatBounds,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
} from 'maplibre-gl';
import type { ExpressionSpecification, MapLayerMouseEvent, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  featureBounds,
  loadDistrictLevel,
  loadRegencyLevel,
  type BoundaryLevel,
  type Bounds,
} from './boundaries.ts';
import { classify, fillColourExpression } from './choropleth.ts';
import type { ChoroplethProps } from './Choropleth.tsx';
import { ChoroplethLegend } from './ChoroplethLegend.tsx';

// The worker ships as its own file next to this chunk; MapLibre must be told where Vite put it.
setWorkerUrl(workerUrl);

type MapState = 'loading' | 'ready' | 'failed';

const FILL = 'choropleth-fill';
const SELECTED = 'choropleth-selected';

/** The regency's coarse file, or one district's file in medium detail, cut to the area's villages. */
async function loadArea(area: string): Promise<BoundaryLevel> {
  const level =
    area.split('.').length >= 3 ? await loadDistrictLevel(area.slice(0, 8)) : await loadRegencyLevel();
  const inArea = (code: string) => code === area || code.startsWith(`${area}.`);
  return {
    villages: {
      ...level.villages,
      features: level.villages.features.filter((f) => inArea(f.properties.code)),
    },
    districts: {
      ...level.districts,
      features: level.districts.features.filter((f) => inArea(f.properties.code)),
    },
  };
}

function boundsOf(level: BoundaryLevel): Bounds | null {
  const boxes = level.villages.features.map(featureBounds);
  if (boxes.length === 0) return null;
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

// Only the shipped boundary polygons, no glyphs, sprites or remote sources: the map works with no internet.
// Names are shown in HTML (the readout and the table) instead of map labels, which would need a font.
function choroplethStyle(level: BoundaryLevel): StyleSpecification {
  return {
    version: 8,
    sources: {
      villages: { type: 'geojson', data: level.villages as never },
      districts: { type: 'geojson', data: level.districts as never },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dcebf2' } },
      { id: FILL, type: 'fill', source: 'villages', paint: { 'fill-color': '#d5d5d0', 'fill-opacity': 0.9 } },
      {
        id: 'villages-line',
        type: 'line',
        source: 'villages',
        paint: { 'line-color': '#ffffff', 'line-width': 0.6 },
      },
      {
        id: 'districts-line',
        type: 'line',
        source: 'districts',
        paint: { 'line-color': '#0b5345', 'line-width': 1.6 },
      },
      {
        id: SELECTED,
        type: 'line',
        source: 'villages',
        filter: ['==', ['get', 'code'], ''],
        paint: { 'line-color': '#a8201a', 'line-width': 3 },
      },
    ],
  };
}

/**
 * Villages coloured by a value on the offline boundaries of a district or the regency. Loaded lazily through
 * Choropleth.tsx (MapLibre is large). Pointing at a village (or tapping it) shows its name and value; the
 * readout's button hands the village to `onSelect`.
 */
export default function ChoroplethMap({
  area,
  values,
  names,
  formatValue,
  label,
  onSelect,
  details,
  selectLabel,
  openOnClick = false,
  focus = null,
  onMap,
  legendNote,
}: ChoroplethProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const levelRef = useRef<BoundaryLevel | null>(null);
  // Read by the map's click handler, which is bound once per area.
  const openRef = useRef<((code: string) => void) | null>(null);
  openRef.current = openOnClick && onSelect ? onSelect : null;
  const onMapRef = useRef(onMap);
  onMapRef.current = onMap;
  const [state, setState] = useState<MapState>('loading');
  const [picked, setPicked] = useState<string | null>(null);
  const classes = useMemo(
    () => classify([...values.values()].filter((v): v is number => v !== null)),
    [values],
  );

  useEffect(() => {
    let cancelled = false;
    setState('loading');
    loadArea(area)
      .then((level) => {
        const bounds = boundsOf(level);
        if (cancelled || !container.current || !bounds) {
          if (!cancelled) setState('failed');
          return;
        }
        const map = new MapLibreMap({
          container: container.current,
          style: choroplethStyle(level),
          bounds: new LngLatBounds([bounds[0], bounds[1]], [bounds[2], bounds[3]]),
          // Room at the bottom for the folded attribution button.
          fitBoundsOptions: { padding: { top: 12, left: 12, right: 12, bottom: 32 } },
          attributionControl: false,
          dragRotate: false,
        });
        map.touchZoomRotate.disableRotation();
        map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
        map.addControl(new AttributionControl({ compact: true, customAttribution: t('map.attribution') }));
        const pick = (event: MapLayerMouseEvent) => {
          const code: unknown = event.features?.[0]?.properties.code;
          if (typeof code === 'string') setPicked(code);
        };
        map.on('mousemove', FILL, pick);
        map.on('click', FILL, (event) => {
          pick(event);
          const code: unknown = event.features?.[0]?.properties.code;
          // A mouse (a device that can hover) opens at once; a finger's tap shows the figures first.
          const canHover = window.matchMedia?.('(hover: hover)').matches ?? false;
          if (typeof code === 'string' && canHover && openRef.current) openRef.current(code);
        });
        map.on('mouseenter', FILL, () => (map.getCanvas().style.cursor = 'pointer'));
        map.on('mouseleave', FILL, () => (map.getCanvas().style.cursor = ''));
        map.on('load', () => {
          // Open, the attribution covers the south of the regency; folded, its "i" button still opens it.
          container.current
            ?.querySelector('.maplibregl-compact-show')
            ?.classList.remove('maplibregl-compact-show');
          if (cancelled) return;
          levelRef.current = level;
          setState('ready');
          onMapRef.current?.(map);
        });
        map.on('error', (event) => console.warn('map', event.error));
        mapRef.current = map;
      })
      .catch((error: unknown) => {
        // No WebGL (old phone), or the boundary files could not be loaded: the table beside it still stands.
        console.warn('map unavailable', error);
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
      if (mapRef.current) onMapRef.current?.(null);
      mapRef.current?.remove();
      mapRef.current = null;
    };
  }, [area, t]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || state !== 'ready') return;
    map.setPaintProperty(
      FILL,
      'fill-color',
      fillColourExpression(values, classes) as ExpressionSpecification,
    );
  }, [values, classes, state]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || state !== 'ready') return;
    map.setFilter(SELECTED, ['==', ['get', 'code'], picked ?? '']);
  }, [picked, state]);

  useEffect(() => {
    const map = mapRef.current;
    const level = levelRef.current;
    if (!map || !level || state !== 'ready') return;
    const feature = focus ? level.villages.features.find((f) => f.properties.code === focus) : undefined;
    const bounds = feature ? featureBounds(feature) : boundsOf(level);
    if (bounds)
      map.fitBounds(new LngLatBounds([bounds[0], bounds[1]], [bounds[2], bounds[3]]), { padding: 24 });
    if (focus) setPicked(focus);
  }, [focus, state]);

  const pickedValue = picked === null ? undefined : values.get(picked);
  return (
    <div className="choropleth">
      <div
        ref={container}
        className="choropleth-map"
        role="img"
        aria-label={label}
        data-testid="choropleth-map"
        data-map-state={state}
      />
      {state === 'failed' && <p className="notice notice-info">{t('map.failed')}</p>}
      <p className="choropleth-readout" aria-live="polite">
        {picked === null ? (
          <span className="muted">{t('map.pointAtVillage')}</span>
        ) : (
          <>
            <span>
              <strong>{names.get(picked) ?? picked}</strong>:{' '}
              {pickedValue === null || pickedValue === undefined ? t('map.noData') : formatValue(pickedValue)}
            </span>
            {details?.(picked)}
            {onSelect && (
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => onSelect(picked)}
              >
                {selectLabel ?? t('map.openVillage')}
              </button>
            )}
          </>
        )}
      </p>
      <ChoroplethLegend title={label} classes={classes} formatValue={formatValue} note={legendNote} />
    </div>
  );
}
