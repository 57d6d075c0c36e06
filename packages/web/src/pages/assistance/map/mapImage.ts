// The map as a PNG to print or share: the map's canvas as drawn, with the title, the legend and the
// attribution written around it (the legend is HTML on the page, so the image draws its own).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { NO_DATA_COLOUR, type ChoroplethClass } from '../../../ui/map/choropleth.ts';

export interface MapImageText {
  title: string;
  subtitle: string;
  legend: readonly { colour: string; label: string }[];
  footer: string;
}

/**
 * A copy of the map's canvas. WebGL clears its drawing buffer after showing a frame, so the copy is taken
 * inside a render event, before that happens (no preserveDrawingBuffer, which slows every frame).
 */
export function snapshot(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')?.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** The legend's rows: each class's colour and range, then "no data". */
export function legendRows(
  classes: readonly ChoroplethClass[],
  formatValue: (value: number) => string,
  noData: string,
) {
  return [
    ...classes.map((c) => ({
      colour: c.colour,
      label: c.min === c.max ? formatValue(c.min) : `${formatValue(c.min)} – ${formatValue(c.max)}`,
    })),
    { colour: NO_DATA_COLOUR, label: noData },
  ];
}

const PAD = 24;
const LINE = 26;

/** The map framed by its title above and its legend and footer below, as a PNG blob. */
export async function mapPng(map: MapLibreMap, text: MapImageText): Promise<Blob> {
  const image = await snapshot(map);
  // The canvas holds device pixels; everything is drawn in the page's pixels, scaled.
  const scale = image.width / map.getCanvas().clientWidth || 1;
  const mapWidth = image.width / scale;
  const mapHeight = image.height / scale;
  const width = mapWidth + 2 * PAD;
  const height = PAD + LINE + 12 + mapHeight + (text.legend.length + 2) * LINE + PAD;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2D canvas');
  g.scale(scale, scale);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#1d2b2a';
  g.font = 'bold 18px sans-serif';
  g.fillText(text.title, PAD, PAD + 6);
  g.font = '14px sans-serif';
  g.fillText(text.subtitle, PAD, PAD + LINE);
  g.drawImage(image, PAD, PAD + LINE + 12, mapWidth, mapHeight);
  let y = PAD + LINE + 12 + mapHeight + LINE;
  for (const row of text.legend) {
    g.fillStyle = row.colour;
    g.fillRect(PAD, y - 13, 22, 16);
    g.strokeStyle = 'rgba(0,0,0,0.3)';
    g.strokeRect(PAD, y - 13, 22, 16);
    g.fillStyle = '#1d2b2a';
    g.fillText(row.label, PAD + 32, y);
    y += LINE;
  }
  g.font = '12px sans-serif';
  g.fillStyle = '#555555';
  g.fillText(text.footer, PAD, y + 6);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no image'))), 'image/png'),
  );
}

/** Hands a blob to the browser as a download. */
export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
