// A program's effect for the area the reader asks about (their own by default): does the program reach the
// poorest deciles, and do its recipients leave it by graduating?
import { isWithin } from '../../../access/access.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { listArea } from '../../../platform/area/in-area.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { exitsPerYear, programOwner, recipientDecilesPerRun } from './queries.ts';

export async function programEffect(
  db: Db,
  ctx: RequestContext,
  programId: string,
  region: string | undefined,
) {
  const area = listArea(ctx.actor, region);
  const program = await programOwner(db, programId);
  // A village's own program exists only for readers whose area overlaps that village.
  if (
    !program ||
    (program.level === 'village' &&
      !isWithin(program.owner_area_code, area) &&
      !isWithin(area, program.owner_area_code))
  )
    throw new AppError('NOT_FOUND');
  const [rows, exits] = await Promise.all([
    recipientDecilesPerRun(db, programId, area),
    exitsPerYear(db, programId, area),
  ]);
  const runs = new Map<
    string,
    {
      runId: string;
      modelId: string;
      finishedAt: string;
      deciles: number[];
      notRanked: number;
      scoreSum: number;
    }
  >();
  for (const row of rows) {
    const run = runs.get(row.run_id) ?? {
      runId: row.run_id,
      modelId: row.model_id,
      finishedAt: row.finished_at.toISOString(),
      deciles: Array.from({ length: 10 }, () => 0),
      notRanked: 0,
      scoreSum: 0,
    };
    if (row.decile === null) run.notRanked += row.households;
    else {
      run.deciles[row.decile - 1] = row.households;
      run.scoreSum += Number(row.score_sum ?? 0);
    }
    runs.set(row.run_id, run);
  }
  return {
    programId: program.id,
    code: program.code,
    name: program.name,
    areaCode: area,
    runs: [...runs.values()].map(({ scoreSum, ...run }) => {
      const ranked = run.deciles.reduce((sum, n) => sum + n, 0);
      return {
        ...run,
        recipients: ranked + run.notRanked,
        inDeciles1to4: run.deciles.slice(0, 4).reduce((sum, n) => sum + n, 0),
        meanScore: ranked === 0 ? null : Math.round((scoreSum / ranked) * 100) / 100,
      };
    }),
    exits,
  };
}
