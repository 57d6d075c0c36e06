// A program's cycles for one year, from its cycle kind: what distributions are recorded against. Labels are
// the database's (assistance_cycle.label): 2026-03 a month, 2026-T2 a quarterly tranche, 2026 a year,
// 2026-R1 a one-off round.
import type { ProgramCycle } from './program.ts';

export interface CycleOfYear {
  label: string;
  startsOn: string;
  endsOn: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (1–12) of a year, leap years included. */
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthSpan(year: number, first: number, last: number) {
  return { startsOn: `${year}-${pad(first)}-01`, endsOn: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

/**
 * The cycles of `year` for a program paid `cycle`. A one-off program gets one round, numbered after the
 * rounds it already has that year (`existingRounds`), so adding a round again makes the next one.
 */
export function cyclesOfYear(cycle: ProgramCycle, year: number, existingRounds = 0): CycleOfYear[] {
  switch (cycle) {
    case 'monthly':
      return Array.from({ length: 12 }, (_, i) => ({
        label: `${year}-${pad(i + 1)}`,
        ...monthSpan(year, i + 1, i + 1),
      }));
    case 'quarterly':
      return [1, 2, 3, 4].map((q) => ({ label: `${year}-T${q}`, ...monthSpan(year, q * 3 - 2, q * 3) }));
    case 'yearly':
      return [{ label: String(year), ...monthSpan(year, 1, 12) }];
    case 'one_off':
      return [{ label: `${year}-R${existingRounds + 1}`, ...monthSpan(year, 1, 12) }];
  }
}

/** Cycles that fall inside a program's active period (either end open), by their dates. */
export function cyclesWithinPeriod(
  cycles: readonly CycleOfYear[],
  periodStart: string | null,
  periodEnd: string | null,
): CycleOfYear[] {
  return cycles.filter(
    (c) =>
      (periodStart === null || c.endsOn >= periodStart) && (periodEnd === null || c.startsOn <= periodEnd),
  );
}
