// Loads the synthetic population: one village (Sarongan) at village scale, all 217 villages of Banyuwangi at
// regency scale, and all 217 at demo scale with every village but Sarongan shrunk (about 40,000 residents). On PGlite villages are generated and written one at a time in this thread; on PostgreSQL a
// worker thread generates and serialises the next villages while this thread streams the current one in, so
// memory holds a few villages at most. A village that already has residents is skipped, never cleared: other
// records may point at its residents.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { copyWriter, unnestWriter, type PopulationWriter } from './bulk-writers.ts';
import { preparedInWorker } from './prepared-stream.ts';
import { collect, loadSteps, type Ready } from './load-steps.ts';
import { DEMO_VILLAGE, type VillagePlan } from './village-plan.ts';
import { generateVillages, populationPlans, type GenerationRequest } from './village-generation.ts';

export const DEFAULT_POPULATION_SEED = 'smart-kampung-2026';
/** The only regency whose boundaries ship with the app (packages/server/data/geo). */
const GEO_REGENCY = '35.10';

export interface PopulationSeedOptions {
  scale: 'village' | 'demo' | 'regency';
  seed?: string;
  /** PostgreSQL URL: load with COPY on a connection of its own instead of unnest inserts. */
  databaseUrl?: string;
  /** Forces a load method; by default COPY when a URL is given, in bulk mode when the load is large. */
  method?: PopulationWriter['method'];
  /** Only these villages (benchmarks and tests); the plan and the NIK serials stay those of a full run. */
  villageCodes?: string[];
  /** Overrides every village's size (tests generate a small village). */
  residentsPerVillage?: number;
  /**
   * Generate (and for COPY, serialise) every village before the load starts, so the load can be timed apart
   * from generation (the import benchmark). Holds the whole dataset in memory (~700 MB of COPY text at
   * regency scale; several GB of row objects on PGlite).
   */
  prepareFirst?: boolean;
  log?: (line: string) => void;
}

export interface PopulationSeedResult {
  method: PopulationWriter['method'] | 'none';
  loadedVillages: number;
  skippedVillages: number;
  residents: number;
  families: number;
  households: number;
  /** The whole call; with prepareFirst, the load alone. */
  seconds: number;
  /** With prepareFirst: generating and serialising the villages before the load. */
  generationSeconds?: number;
}

/** COPY when a PostgreSQL URL is given; bulk mode (deferred indexes) when the load outweighs what is there. */
function chooseMethod(
  options: PopulationSeedOptions,
  plans: VillagePlan[],
  chosen: Set<string>,
  existing: Map<string, number>,
): PopulationWriter['method'] {
  if (options.method) return options.method;
  if (!options.databaseUrl) return 'unnest';
  const toLoad = plans
    .filter((p) => chosen.has(p.code) && !existing.has(p.code))
    .reduce((sum, p) => sum + (options.residentsPerVillage ?? p.targetResidents), 0);
  const present = [...existing.values()].reduce((sum, n) => sum + n, 0);
  return toLoad > Math.max(50_000, present) ? 'copy-bulk' : 'copy';
}

function openWriter(
  db: Db,
  method: PopulationWriter['method'],
  url: string | undefined,
): Promise<PopulationWriter> {
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
  let started = performance.now();
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
  const request: GenerationRequest = {
    seed,
    chosen: plans.filter((p) => chosen.has(p.code)).map((p) => p.code),
    skip: [...existing.keys()].filter((code) => chosen.has(code)),
    ...(options.residentsPerVillage ? { residentsPerVillage: options.residentsPerVillage } : {}),
    ...(options.scale === 'demo' ? { demoScale: true } : {}),
  };
  const method = chooseMethod(options, plans, chosen, existing);
  let ready: Ready | undefined;
  if (options.prepareFirst) {
    ready =
      method === 'unnest'
        ? { generated: [...generateVillages(request)] }
        : { prepared: await collect(preparedInWorker(request)) };
    result.generationSeconds = (performance.now() - started) / 1000;
    log(`Generated the villages before the load in ${result.generationSeconds.toFixed(1)} s.`);
    started = performance.now();
  }
  const writer = await openWriter(db, method, options.databaseUrl);
  result.method = writer.method;
  const alreadyThere = [...existing.values()].reduce((sum, n) => sum + n, 0);
  let analyzedAt = alreadyThere;
  const total = request.chosen.length;
  try {
    for await (const step of loadSteps(writer, request, ready)) {
      const villageStarted = performance.now();
      if (step.kind === 'skipped') {
        result.skippedVillages++;
        const had = existing.get(step.villageCode)!.toLocaleString('en');
        log(`[${step.position}/${total}] ${step.label}: skipped, already has ${had} residents`);
        continue;
      }
      // Per-village writers refresh statistics as they go; their queries need planner statistics that keep up
      // with the growing tables, so analyze whenever the registry has doubled since the last time.
      const registry = alreadyThere + result.residents;
      if (
        writer.method !== 'copy-bulk' &&
        registry + step.counts.residents > 2 * Math.max(analyzedAt, 10_000)
      ) {
        await sql`ANALYZE household, family, resident, resident_nik`.execute(db);
        analyzedAt = registry;
      }
      await step.write();
      result.loadedVillages++;
      result.residents += step.counts.residents;
      result.families += step.counts.families;
      result.households += step.counts.households;
      const seconds = ((performance.now() - villageStarted) / 1000).toFixed(2);
      const { residents, families, households } = step.counts;
      log(
        `[${step.position}/${total}] ${step.label}: ${residents.toLocaleString('en')} residents, ` +
          `${families.toLocaleString('en')} families, ${households.toLocaleString('en')} households ` +
          `in ${seconds} s (${result.residents.toLocaleString('en')} so far)`,
      );
    }
    await writer.finish(log);
  } finally {
    await writer.close();
  }
  // Fresh planner statistics after a load, or the first queries plan for empty tables. Bulk mode analysed
  // the population tables inside its transaction already (the statistics refresh needed them).
  if (result.loadedVillages > 0 && writer.method === 'copy-bulk')
    await sql`ANALYZE population_stat`.execute(db);
  else if (result.loadedVillages > 0)
    await sql`ANALYZE household, family, resident, resident_nik, population_stat`.execute(db);
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
