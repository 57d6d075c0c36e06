// The poverty map's picker and legend as the reader sees them, rendered to HTML from figures shaped like the
// API's: the metrics grouped by family in the chosen language, and the legend's class breaks written in the
// metric's unit (a share in %, recipients per 100 households), "no data" for a village with nothing to share.
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapFigures, MapMetric } from '../../../api/assistanceMap.ts';
import { en } from '../../../i18n/en.ts';
import { allIndonesian as id } from '../../../i18n/all-indonesian.ts';
import { ChoroplethLegend } from '../../../ui/map/ChoroplethLegend.tsx';
import { classify } from '../../../ui/map/choropleth.ts';
import { FreshnessNote } from '../FreshnessNote.tsx';
import {
  decileColour,
  DECILE_COLOURS,
  formatRate,
  isCatchingUp,
  rateOf,
  stalenessOf,
  UNRANKED_COLOUR,
  valuesOf,
} from './mapMetrics.ts';
import { MetricPicker } from './MetricPicker.tsx';
import { VillageReadout } from './VillageReadout.tsx';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'id',
    resources: { id: { translation: id }, en: { translation: en } },
  });
});

const metric = (m: Partial<MapMetric> & Pick<MapMetric, 'id' | 'family' | 'unit'>): MapMetric => ({
  programCode: null,
  label: { id: `ID ${m.id}`, en: `EN ${m.id}` },
  numerator: { id: 'a', en: 'a' },
  denominator: { id: 'rumah tangga', en: 'households' },
  ...m,
});

const figures: MapFigures = {
  region: '35.10.01',
  ranking: null,
  metrics: [
    metric({ id: 'desil-1-4', family: 'welfare', unit: 'percent' }),
    metric({ id: 'incomplete', family: 'welfare', unit: 'percent' }),
    metric({ id: 'recipients:PKH', family: 'recipients', unit: 'per100', programCode: 'PKH' }),
  ],
  villages: [
    ['35.10.01.2001', [2, 3], [2, 4], [1, 4]],
    ['35.10.01.2002', [1, 1], [0, 1], [0, 1]],
    ['35.10.01.2003', [0, 0], [0, 0], [0, 0]],
  ].map(([code, ...counts]) => ({
    code: code as string,
    name: code as string,
    kind: 'desa' as const,
    districtCode: '35.10.01',
    districtName: 'Pesanggaran',
    households: 4,
    figures: (counts as number[][]).map(([numerator, denominator]) => ({
      numerator: numerator!,
      denominator: denominator!,
    })),
  })),
};

async function render(language: 'id' | 'en', element: ReturnType<typeof createElement>) {
  await i18n.changeLanguage(language);
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, element));
}

describe('the metric picker', () => {
  it('groups the metrics by family under their names, in the language chosen', async () => {
    const picker = (language: 'id' | 'en') =>
      createElement(MetricPicker, {
        metrics: figures.metrics,
        value: 'recipients:PKH',
        onChange: () => {},
        language,
      });
    const html = await render('id', picker('id'));
    const groups = [...html.matchAll(/<optgroup label="([^"]*)">(.*?)<\/optgroup>/g)];
    expect(groups.map((g) => g[1])).toEqual([
      id.povertyMap.families.welfare,
      id.povertyMap.families.recipients,
    ]);
    expect([...groups[0]![2]!.matchAll(/<option value="([^"]*)"/g)].map((o) => o[1])).toEqual([
      'desil-1-4',
      'incomplete',
    ]);
    expect(html).toContain('<option value="recipients:PKH" selected="">ID recipients:PKH</option>');
    expect(html).toContain(`<label for="`);
    expect(html).toContain(id.povertyMap.metric);
    const english = await render('en', picker('en'));
    expect(english).toContain(en.povertyMap.families.recipients);
    expect(english).toContain('>EN desil-1-4<');
  });
});

describe('the legend of a metric', () => {
  const legendOf = async (metricId: string, language: 'id' | 'en') => {
    const values = valuesOf(figures, metricId);
    const classes = classify([...values.values()].filter((v): v is number => v !== null));
    const unit = figures.metrics.find((m) => m.id === metricId)!;
    const html = await render(
      language,
      createElement(ChoroplethLegend, {
        title: unit.label[language],
        classes,
        formatValue: (v: number) => formatRate(v, unit, language),
      }),
    );
    return [...html.matchAll(/<\/span>([^<]*)<\/li>/g)].map((m) => m[1]);
  };

  it('breaks the share of desil 1–4 into classes in %, and names the village without ranked households', async () => {
    expect(await legendOf('desil-1-4', 'id')).toEqual(['66,7 %', '100 %', id.map.noData]);
    expect(await legendOf('desil-1-4', 'en')).toEqual(['66.7 %', '100 %', en.map.noData]);
  });

  it('writes recipients per 100 households', async () => {
    expect(await legendOf('recipients:PKH', 'id')).toEqual(['0 per 100', '25 per 100', id.map.noData]);
  });
});

describe('the arithmetic', () => {
  it('has no rate where there is nothing to share among', () => {
    expect(rateOf({ numerator: 0, denominator: 0 })).toBeNull();
    expect(rateOf({ numerator: 1, denominator: 4 })).toBe(25);
    expect(valuesOf(figures, 'incomplete').get('35.10.01.2003')).toBeNull();
    expect(valuesOf(figures, 'not-a-metric').get('35.10.01.2001')).toBeNull();
  });

  it('colours desil 1 to 10 in order and an unranked household grey', () => {
    expect(decileColour(1)).toBe(DECILE_COLOURS[0]);
    expect(decileColour(10)).toBe(DECILE_COLOURS[9]);
    expect(decileColour(null)).toBe(UNRANKED_COLOUR);
    expect(new Set(DECILE_COLOURS).size).toBe(10);
  });
});

describe('figures being recounted', () => {
  const COUNTED = '2026-12-03T06:05:00.000Z';
  // Pesanggaran's PKH recipients were counted before an enrolment there; 35.10.01.2003 was never counted.
  const behind: MapFigures = {
    ...figures,
    villages: figures.villages.map((v) =>
      v.code === '35.10.01.2002'
        ? {
            ...v,
            figures: v.figures.map((f, i) =>
              i === 2 ? { ...f, current: false as const, countedAt: COUNTED } : f,
            ),
          }
        : v.code === '35.10.01.2003'
          ? { ...v, figures: v.figures.map((f) => ({ ...f, current: false as const, countedAt: null })) }
          : v,
    ),
  };

  it('counts the villages behind, for one metric or all, with the oldest count shown', () => {
    expect(stalenessOf(figures)).toEqual({ pending: 0, countedAt: null });
    expect(isCatchingUp(figures)).toBe(false);
    expect(stalenessOf(behind)).toEqual({ pending: 2, countedAt: COUNTED });
    expect(stalenessOf(behind, 'recipients:PKH')).toEqual({ pending: 2, countedAt: COUNTED });
    expect(stalenessOf(behind, 'desil-1-4')).toEqual({ pending: 1, countedAt: null });
    expect(isCatchingUp(behind)).toBe(true);
  });

  it('says so in words, with when the figures were last counted, in both languages', async () => {
    const note = (language: 'id' | 'en') =>
      render(language, createElement(FreshnessNote, { staleness: stalenessOf(behind) }));
    const indonesian = await note('id');
    expect(indonesian).toContain('Sebagian angka sedang dihitung ulang — terakhir dihitung 3 Des 2026');
    expect(indonesian).toContain(id.assistance.freshness.updates);
    const english = await note('en');
    expect(english).toContain('Some figures are being recounted — last counted 3 Dec 2026');
    expect(await render('id', createElement(FreshnessNote, { staleness: stalenessOf(figures) }))).toBe('');
    const never = await render(
      'id',
      createElement(FreshnessNote, { staleness: { pending: 1, countedAt: null } }),
    );
    expect(never).toContain(id.assistance.freshness.notYet);
  });

  it("marks a village's figure in its readout, and one never counted", async () => {
    const pkh = behind.metrics[2]!;
    const readout = (code: string) =>
      render('id', createElement(VillageReadout, { figures: behind, code, metric: pkh, language: 'id' }));
    expect(await readout('35.10.01.2002')).toMatch(/sedang dihitung ulang; terakhir dihitung 3 Des 2026/);
    expect(await readout('35.10.01.2001')).not.toContain('dihitung');
    expect(await readout('35.10.01.2003')).toContain(id.assistance.freshness.figureNotYet);
  });
});
