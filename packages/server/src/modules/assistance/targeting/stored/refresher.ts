// Keeps the stored targeting counts current in the background, one run at a time, and the poverty map's stored
// figures (map/stored/) with them: for every program, the villages whose stored counts are stale (a write
// raised their version, a ranking run finished, the eligibility was saved, or the day changed) are counted
// afresh, village by village when few, else the whole area in one statement (at regency scale one statement over
// every village costs what about 20 single-village ones do). Woken by reads that found stale villages and, in
// the server, at start-up and on a timer.
import type { FastifyBaseLogger } from 'fastify';
import { isEligibilityDefined, type EligibilityUnit } from '@smart-kampung/domain';
import { isWithin } from '../../../../access/access.ts';
import type { Db } from '../../../../db/database.ts';
import { allowLongStatements } from '../../../../db/statement-timeout.ts';
import { yieldToEventLoop } from '../../../../platform/event-loop.ts';
import { today } from '../../../population/registry/nik-check.ts';
import { refreshStaleMapFigures } from '../../map/stored/refresh.ts';
import { storedEligibilityOf } from '../service.ts';
import { programsToKeep, storeVillageCounts, storedVillageCounts, type CountInputs } from './queries.ts';

/** From this many stale villages of one program on, the whole area is counted in one statement. */
export const WHOLE_AREA_FROM = 20;

type KeptProgram = Awaited<ReturnType<typeof programsToKeep>>[number];

/** What a program's counts are kept for in the deployment's regency, or null when it has none to keep. */
export function keptInputs(program: KeptProgram, regency: string, asOf: string): CountInputs | null {
  const eligibility = storedEligibilityOf(program);
  if (program.target_unit === 'group' || !isEligibilityDefined(eligibility)) return null;
  const area = program.level === 'village' ? program.owner_area_code : regency;
  if (!isWithin(area, regency)) return null;
  const unit = program.target_unit as EligibilityUnit;
  return {
    query: { programId: program.id, unit, eligibility, area, asOf },
    storedEligibility: program.eligibility,
  };
}

/** Counts afresh every stale (program, village) of the regency; returns how many villages were counted. */
export async function refreshStaleTargetingCounts(db: Db, regency: string, asOf = today()): Promise<number> {
  let counted = 0;
  for (const program of await programsToKeep(db)) {
    const inputs = keptInputs(program, regency, asOf);
    if (!inputs) continue;
    const stale = (await storedVillageCounts(db, inputs))
      .filter((r) => !r.current)
      .map((r) => r.village_code);
    const areas = stale.length >= WHOLE_AREA_FROM ? [inputs.query.area] : stale;
    for (const area of areas) {
      await db.transaction().execute(async (trx) => {
        await allowLongStatements(trx);
        await storeVillageCounts(trx, { ...inputs, query: { ...inputs.query, area } });
      });
      await yieldToEventLoop();
    }
    counted += stale.length;
  }
  return counted;
}

const refreshers = new WeakMap<Db, TargetingRefresher>();

export class TargetingRefresher {
  private current: Promise<void> | null = null;
  private again = false;

  /** The refresher of an app's database (one per app). */
  static for(db: Db, log: FastifyBaseLogger, regency: string) {
    const refresher = new TargetingRefresher(db, log, regency);
    refreshers.set(db, refresher);
    return refresher;
  }

  static of(db: Db) {
    return refreshers.get(db);
  }

  constructor(
    private readonly db: Db,
    private readonly log: FastifyBaseLogger,
    private readonly regency: string,
  ) {}

  /** Starts a refresh, or another one after the running one (what changed meanwhile may be past it). */
  wake() {
    if (this.current) {
      this.again = true;
      return;
    }
    this.current = this.loop().finally(() => {
      this.current = null;
    });
  }

  /** Lets a running refresh end (tests and shutdown). */
  async idle() {
    while (this.current) await this.current;
  }

  private async loop() {
    do {
      this.again = false;
      // The map's welfare and recipients figures first: a whole regency of them takes seconds, the targeting
      // counts of every program minutes. A failure leaves the stored rows as they were (each village's
      // statement is its own transaction); reads keep flagging them stale, and the next wake tries again.
      try {
        const counted = await refreshStaleMapFigures(this.db, this.regency);
        if (counted > 0) this.log.info({ villages: counted }, 'map figures refreshed');
      } catch (error) {
        this.log.error({ err: error }, 'map figures refresh failed');
      }
      try {
        const counted = await refreshStaleTargetingCounts(this.db, this.regency);
        if (counted > 0) this.log.info({ villages: counted }, 'targeting counts refreshed');
      } catch (error) {
        this.log.error({ err: error }, 'targeting counts refresh failed');
      }
    } while (this.again);
  }
}
