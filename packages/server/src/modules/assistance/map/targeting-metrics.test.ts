// The exclusion and inclusion families over the targeting counts: what each metric divides (in the program's
// own unit), one read of the counts per program shared by both families of a request, the villages of the
// area without counts yet given as 0 of 0, not current, and a program without eligibility as 0 of 0 with
// nothing pending.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../db/database.ts';
import type { FamilyContext } from './metrics.ts';
import { targetingMetricFamilies, type TargetingVillageCounts } from './targeting-metrics.ts';

const COUNTED = new Date('2026-12-03T05:00:00Z');

const counts = (c: Partial<TargetingVillageCounts>): TargetingVillageCounts => ({
  eligible: 0,
  enrolled: 0,
  excluded: 0,
  included: 0,
  incomplete: 0,
  households: 0,
  ...c,
});

describe('targeting metric families', () => {
  it('gives excluded per eligible and included per enrolled for every program, reading each program once', async () => {
    const reads: string[] = [];
    const [exclusion, inclusion] = targetingMetricFamilies(async (_db, programId, area) => {
      reads.push(`${programId}@${area}`);
      if (programId === 'p-rtlh') return null;
      return programId === 'p-pkh'
        ? new Map([
            [
              '35.10.01.2001',
              counts({
                eligible: 10,
                excluded: 3,
                enrolled: 8,
                included: 1,
                current: false,
                computedAt: COUNTED,
              }),
            ],
          ])
        : [
            {
              villageCode: '35.10.01.2001',
              ...counts({ eligible: 4, excluded: 4, enrolled: 0, included: 0 }),
            },
          ];
    });
    const programs = [
      { id: 'p-pkh', code: 'PKH', name: 'Program Keluarga Harapan', targetUnit: 'family' },
      { id: 'p-pip', code: 'PIP', name: 'Program Indonesia Pintar', targetUnit: 'resident' },
      { id: 'p-rtlh', code: 'RTLH', name: 'Rumah Tidak Layak Huni', targetUnit: 'household' },
    ];
    const context: FamilyContext = {
      db: {} as Db,
      area: '35.10.01',
      programs,
      households: new Map([
        ['35.10.01.2001', 5],
        ['35.10.01.2002', 3],
      ]),
    };
    expect(exclusion!.metrics(programs).map((m) => [m.id, m.unit, m.denominator.en])).toEqual([
      ['exclusion:PKH', 'per100', 'eligible families'],
      ['exclusion:PIP', 'per100', 'eligible people'],
      ['exclusion:RTLH', 'per100', 'eligible households'],
    ]);
    // RTLH has no eligibility: no value anywhere, and nothing the refresher will ever count.
    const none = { numerator: 0, denominator: 0 };
    const notYet = { numerator: 0, denominator: 0, current: false, countedAt: null };
    expect(await exclusion!.counts(context)).toEqual([
      {
        villageCode: '35.10.01.2001',
        metricId: 'exclusion:PKH',
        numerator: 3,
        denominator: 10,
        current: false,
        countedAt: COUNTED,
      },
      { villageCode: '35.10.01.2002', metricId: 'exclusion:PKH', ...notYet },
      { villageCode: '35.10.01.2001', metricId: 'exclusion:PIP', numerator: 4, denominator: 4 },
      { villageCode: '35.10.01.2002', metricId: 'exclusion:PIP', ...notYet },
      { villageCode: '35.10.01.2001', metricId: 'exclusion:RTLH', ...none },
      { villageCode: '35.10.01.2002', metricId: 'exclusion:RTLH', ...none },
    ]);
    expect(await inclusion!.counts(context)).toEqual([
      {
        villageCode: '35.10.01.2001',
        metricId: 'inclusion:PKH',
        numerator: 1,
        denominator: 8,
        current: false,
        countedAt: COUNTED,
      },
      { villageCode: '35.10.01.2002', metricId: 'inclusion:PKH', ...notYet },
      { villageCode: '35.10.01.2001', metricId: 'inclusion:PIP', numerator: 0, denominator: 0 },
      { villageCode: '35.10.01.2002', metricId: 'inclusion:PIP', ...notYet },
      { villageCode: '35.10.01.2001', metricId: 'inclusion:RTLH', ...none },
      { villageCode: '35.10.01.2002', metricId: 'inclusion:RTLH', ...none },
    ]);
    expect(reads.sort()).toEqual(['p-pip@35.10.01', 'p-pkh@35.10.01', 'p-rtlh@35.10.01']);
  });
});
