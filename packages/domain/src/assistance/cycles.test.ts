import { describe, expect, it } from 'vitest';
import { CYCLE_LABEL_PATTERN } from './program.ts';
import { cyclesOfYear, cyclesWithinPeriod } from './cycles.ts';

describe('cyclesOfYear', () => {
  it('gives twelve months for a monthly program, February of a leap year ending on the 29th', () => {
    const months = cyclesOfYear('monthly', 2028);
    expect(months).toHaveLength(12);
    expect(months[1]).toEqual({ label: '2028-02', startsOn: '2028-02-01', endsOn: '2028-02-29' });
    expect(months[11]).toEqual({ label: '2028-12', startsOn: '2028-12-01', endsOn: '2028-12-31' });
  });

  it('gives four tranches of three months for a quarterly program', () => {
    expect(cyclesOfYear('quarterly', 2026).map((c) => [c.label, c.startsOn, c.endsOn])).toEqual([
      ['2026-T1', '2026-01-01', '2026-03-31'],
      ['2026-T2', '2026-04-01', '2026-06-30'],
      ['2026-T3', '2026-07-01', '2026-09-30'],
      ['2026-T4', '2026-10-01', '2026-12-31'],
    ]);
  });

  it('gives the year for a yearly program and the next round for a one-off one', () => {
    expect(cyclesOfYear('yearly', 2026).map((c) => c.label)).toEqual(['2026']);
    expect(cyclesOfYear('one_off', 2026).map((c) => c.label)).toEqual(['2026-R1']);
    expect(cyclesOfYear('one_off', 2026, 2).map((c) => c.label)).toEqual(['2026-R3']);
  });

  it('makes only labels the database accepts', () => {
    for (const kind of ['monthly', 'quarterly', 'yearly', 'one_off'] as const)
      for (const c of cyclesOfYear(kind, 2026)) expect(c.label).toMatch(CYCLE_LABEL_PATTERN);
  });
});

describe('cyclesWithinPeriod', () => {
  it('keeps the cycles that overlap the active period', () => {
    const kept = cyclesWithinPeriod(cyclesOfYear('monthly', 2026), '2026-03-15', '2026-06-30');
    expect(kept.map((c) => c.label)).toEqual(['2026-03', '2026-04', '2026-05', '2026-06']);
  });

  it('keeps them all when the period is open', () => {
    expect(cyclesWithinPeriod(cyclesOfYear('quarterly', 2026), null, null)).toHaveLength(4);
  });
});
