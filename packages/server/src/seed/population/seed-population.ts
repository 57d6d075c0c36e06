// Loads the synthetic population: one village (Sarongan) at village scale, all 217 villages of Banyuwangi at
// regency scale. Villages are generated and written one at a time, so memory holds at most one village.
// A village that already has residents is skipped, never cleared: other records may point at its residents.
import { parseNik } from '@smart-kampung/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { DEMO_CITIZEN } from '../demo-users.ts';
import { copyWriter, unnestWriter, type PopulationWriter } from './bulk-writers.ts';
import { REFERENCE_DATE } from './dates.ts';
import { generateVillage } from './generate-village.ts';
import { districtNames, villageShapes } from './geo.ts';
import { SerialCounters } from './serials.ts';
import {
  DEMO_VILLAGE,
  planVillages,
  resizePlan,
  villagesOfShapes,
  type VillagePlan,
} from './village-plan.ts';

export const DEFAULT_POPULATION_SEED = 'smart-kampung-2026';
/** The only regency whose boundaries ship with the app (packages/server/data/geo). */
const GEO_REGENCY = '35.10';

export interface PopulationSeedOptions {
  scale: 'village' | 'regency';
  seed?: string;
  /** PostgreSQL URL: load with COPY on a connection of its own instead of unnest inserts. */
  databaseUrl?: string;
  /** Forces a load method; by default COPY when a URL is given, in bulk mode when the load is large. */
  method?: PopulationWriter['method'];
  /** Only these villages (benchmarks and tests); the plan and the NIK serials stay those of a full run. */
  villageCodes?: string[];
  /** Overrides every village's size (tests generate a small village). */
  residentsPerVillage?: number;
  log?: (line: string) => void;
}

export interface PopulationSeedResult {
  method: PopulationWriter['method'] | 'none';
  loadedVillages: number;
  skippedVillages: number;
  residents: number;
  families: number;
  households: number;
  seconds: number;
}

export function populationPlans(seed: string): VillagePlan[] {
  const shapes = villageShapes();
  return planVillages(seed, villagesOfShapes(shapes, districtNames()), shapes);
}

const demoCitizenBirthDate = () =>
  parseNik(DEMO_CITIZEN.nik, { today: REFERENCE_DATE })?.birthDate ?? undefined;

/** Villages to generate: the chosen ones and, for NIK and KK serials, the villages before them in their district. */
function villagesToGenerate(plans: VillagePlan[], chosen: Set<string>) {
  const lastChosenInDistrict = new Map<string, string>();
  for (const plan of plans) if (chosen.has(plan.code)) lastChosenInDistrict.set(plan.districtCode, plan.code);
  return plans.filter((plan) => {
    const last = lastChosenInDistrict.get(plan.districtCode);
    return last !== undefined && plan.code <= last;
  });
}

/** COPY when a PostgreSQL URL is given; bulk mode (deferred indexes) when the load outweighs what is there. */
function openWriter(
  db: Db,
  options: PopulationSeedOptions,
  plans: VillagePlan[],
  chosen: Set<string>,
  existing: Map<string, number>,
): Promise<PopulationWriter> {
  const url = options.databaseUrl;
  const toLoad = plans
    .filter((p) => chosen.has(p.code) && !existing.has(p.code))
    .reduce((sum, p) => sum + (options.residentsPerVillage ?? p.targetResidents), 0);
  const present = [...existing.values()].reduce((sum, n) => sum + n, 0);
  const method =
    options.method ?? (!url ? 'unnest' : toLoad > Math.max(50_000, present) ? 'copy-bulk' : 'copy');
  if (method === 'unnest') return Promise.resolve(unnestWriter(db));
  if (!url) throw new Error(`load method ${method} needs a PostgreSQL URL`);
  return copyWriter(url, { bulk: method === 'copy-bulk' });
}

async function populatedVillages(db: Db): Promise<Map<string, number>> {
  const rows = await sql<{ village_code: string; residents: number }>`
    SELECT village_code, count(*)::int AS residents FROM resident GROUP BY village_code`.execute(db);
  return new Map(rows.rows.map((r) => [r.village_code, r.residents]));
}

export async function seedPopulation(
  db: Db,
  regencyCode: string,
  options: PopulationSeedOptions,
): Promise<PopulationSeedResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const result: PopulationSeedResult = {
    method: 'none',
    loadedVillages: 0,
    skippedVillages: 0,
    residents: 0,
    families: 0,
    households: 0,
    seconds: 0,
  };
  if (regencyCode !== GEO_REGENCY) {
    log(`No village boundaries for regency ${regencyCode}; synthetic population skipped.`);
    return result;
  }
  const seed = options.seed ?? DEFAULT_POPULATION_SEED;
  const plans = populationPlans(seed);
  const chosen = new Set(
    options.villageCodes ?? (options.scale === 'village' ? [DEMO_VILLAGE.code] : plans.map((p) => p.code)),
  );
  const existing = await populatedVillages(db);
  const writer = await openWriter(db, options, plans, chosen, existing);
  result.method = writer.method;
  const alreadyThere = [...existing.values()].reduce((sum, n) => sum + n, 0);
  let analyzedAt = alreadyThere;
  const serials = new SerialCounters();
  const total = plans.filter((p) => chosen.has(p.code)).length;
  try {
    for (const fullPlan of villagesToGenerate(plans, chosen)) {
      const plan = options.residentsPerVillage
        ? resizePlan(fullPlan, options.residentsPerVillage, seed)
        : fullPlan;
      const demo = plan.code === DEMO_VILLAGE.code ? { demoCitizenBirthDate: demoCitizenBirthDate() } : {};
      const villageStarted = performance.now();
      const batch = generateVillage(plan, serials, { seed, ...demo });
      const label = `${plan.code} ${plan.name} (${plan.districtName})`;
      const done = result.loadedVillages + result.skippedVillages + 1;
      if (!chosen.has(plan.code)) continue;
      if (existing.has(plan.code)) {
        result.skippedVillages++;
        log(
          `[${done}/${total}] ${label}: skipped, already has ${existing.get(plan.code)!.toLocaleString('en')} residents`,
        );
        continue;
      }
      // Per-village writers refresh statistics as they go; their queries need planner statistics that keep up
      // with the growing tables, so analyze whenever the registry has doubled since the last time.
      const registry = alreadyThere + result.residents;
      if (
        writer.method !== 'copy-bulk' &&
        registry + batch.residents.length > 2 * Math.max(analyzedAt, 10_000)
      ) {
        await sql`ANALYZE household, family, resident, resident_nik`.execute(db);
        analyzedAt = registry;
      }
      await writer.writeVillage(batch);
      result.loadedVillages++;
      result.residents += batch.residents.length;
      result.families += batch.families.length;
      result.households += batch.households.length;
      const seconds = ((performance.now() - villageStarted) / 1000).toFixed(2);
      log(
        `[${done}/${total}] ${label}: ${batch.residents.length.toLocaleString('en')} residents, ` +
          `${batch.families.length.toLocaleString('en')} families, ${batch.households.length.toLocaleString('en')} households ` +
          `in ${seconds} s (${result.residents.toLocaleString('en')} so far)`,
      );
    }
    await writer.finish(log);
  } finally {
    await writer.close();
  }
  // Fresh planner statistics after a load, or the first queries plan for empty tables.
  if (result.loadedVillages > 0)
    await sql`ANALYZE household, family, resident, resident_nik, population_stat`.execute(db);
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
