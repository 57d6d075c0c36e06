// The poverty map's figures as a file: one row per village of the area, and for every metric its rate (as the
// map colours it) beside the two counts it is made of, so a reader can check and re-add them; a second sheet
// says what each metric counts and which ranking run the deciles come from.
import type { Actor } from '../../../access/roles.ts';
import type { Db } from '../../../db/database.ts';
import { writeSheetFile, type ExportFormat } from '../../../platform/exports/sheet-export.ts';
import type { SheetCell, SheetColumn } from '../../../platform/sheets/sheet-writer.ts';
import { today } from '../../population/registry/nik-check.ts';
import type { FiguresResponse } from './schemas.ts';
import { mapFigures } from './service.ts';

/** 100 × numerator / denominator to one decimal, or empty when there is nothing to share among. */
export function rateOf(count: { numerator: number; denominator: number }): number | null {
  if (count.denominator === 0) return null;
  return Math.round((1000 * count.numerator) / count.denominator) / 10;
}

const unitSuffix = (unit: 'percent' | 'per100') => (unit === 'percent' ? '(%)' : '(per 100)');

function columnsOf(figures: FiguresResponse): SheetColumn[] {
  return [
    { header: 'Kode Desa', width: 16, format: 'text' },
    { header: 'Desa/Kelurahan', width: 24 },
    { header: 'Kecamatan', width: 20 },
    { header: 'Rumah Tangga', width: 14 },
    ...figures.metrics.flatMap((m): SheetColumn[] => [
      { header: `${m.label.id} ${unitSuffix(m.unit)}`, width: 22 },
      { header: `${m.label.id}: ${m.numerator.id}`, width: 18 },
      { header: `${m.label.id}: ${m.denominator.id}`, width: 18 },
    ]),
  ];
}

/** How many figures of the file were counted before a change (the refresher is recounting them), and since when. */
function freshnessNote(figures: FiguresResponse): SheetCell[] {
  const stale = figures.villages.flatMap((v) => v.figures.filter((f) => f.current === false));
  if (stale.length === 0) return ['Kesegaran angka', 'semua angka terbaru', 'every figure is current'];
  const times = stale.flatMap((f) => (f.countedAt ? [f.countedAt] : [])).sort();
  const since = times[0] ?? '-';
  return [
    'Kesegaran angka',
    `${stale.length} angka sedang dihitung ulang; yang tertua dihitung ${since}`,
    `${stale.length} figures are being recounted; the oldest was counted ${since}`,
  ];
}

function notes(figures: FiguresResponse): SheetCell[][] {
  const run = figures.ranking;
  return [
    ['Wilayah', figures.region, 'Region'],
    freshnessNote(figures),
    [
      'Peringkat (desil)',
      run ? `${run.modelId}, selesai ${run.finishedAt ?? '-'}` : 'belum ada peringkat',
      run ? `${run.modelId}, finished ${run.finishedAt ?? '-'}` : 'no ranking yet',
    ],
    ...figures.metrics.map((m): SheetCell[] => [
      m.label.id,
      `100 × ${m.numerator.id} / ${m.denominator.id}`,
      `${m.label.en}: 100 × ${m.numerator.en} / ${m.denominator.en}`,
    ]),
  ];
}

export async function exportFigures(db: Db, actor: Actor, region: string | undefined, format: ExportFormat) {
  const figures = await mapFigures(db, actor, region);
  const columns = columnsOf(figures);
  const rows = figures.villages.map((v) => ({ ...v, id: v.code }));
  return writeSheetFile({
    format,
    sheetName: 'Peta Kemiskinan',
    columns,
    keys: rows,
    fetchPage: (page) => Promise.resolve(page),
    toRow: (v) => [
      v.code,
      v.name,
      v.districtName,
      v.households,
      ...v.figures.flatMap((count) => [rateOf(count), count.numerator, count.denominator]),
    ],
    fileName: `peta-kemiskinan-${figures.region}-${today()}`,
    appendSheets: [
      {
        name: 'Keterangan',
        columns: [
          { header: 'Ukuran', width: 40 },
          { header: 'Dihitung', width: 50 },
          { header: 'English', width: 60 },
        ],
        rows: notes(figures),
      },
    ],
  });
}
