// The deterministic demo-data generator behind `npm run seed` and the first `npm start`. Later modules add
// their generators here; everything it writes is synthetic and the deployment is marked as demo data.
import type { Db } from '../db/database.ts';
import { markDemoData } from '../modules/system/queries.ts';
import { linkDemoCitizen, seedDemoUsers, type DemoUser, type SeedScale } from './demo-users.ts';
import { seedWelfare, type WelfareSeedResult } from './assistance/seed-welfare.ts';
import { seedDemoTargeting } from './assistance/eligibility-and-ranking.ts';
import { seedDemoProposals, type ProposalSeedResult } from './assistance/seed-proposals.ts';
import { seedDemoOfficials } from './letters/demo-officials.ts';
import {
  DEFAULT_POPULATION_SEED,
  seedPopulation,
  type PopulationSeedResult,
} from './population/seed-population.ts';

export interface SeedResult {
  users: DemoUser[];
  /** Village officials recorded (a Kepala Desa and a Sekretaris Desa per village with demo desk accounts). */
  officials: number;
  population: PopulationSeedResult;
  welfare: WelfareSeedResult;
  /** Usul and sanggah in the demo citizen's village, in every stage of their way. */
  proposals: ProposalSeedResult;
}

export interface SeedOptions {
  /** PostgreSQL URL: the population is bulk-loaded with COPY on a connection of its own. */
  databaseUrl?: string;
  /** Seed of the population generator; the same seed gives the same data. */
  seed?: string;
  /** Progress lines (one per village). */
  log?: (line: string) => void;
}

export async function seed(
  db: Db,
  regencyCode: string,
  scale: SeedScale,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const users = await seedDemoUsers(db, regencyCode, scale);
  // Letters (issue 14): each village's head and secretary, linked to its demo accounts, so the head signs.
  const officials = await seedDemoOfficials(db, users);
  const population = await seedPopulation(db, regencyCode, { scale, ...options });
  // Social assistance (issue 12): welfare facts and program enrolments that follow each household's tier.
  const welfare = await seedWelfare(db, undefined, {
    seed: options.seed ?? DEFAULT_POPULATION_SEED,
    ...(options.log ? { log: options.log } : {}),
  });
  // Eligibilities and a finished ranking run, so the poverty map and the lists open with deciles. At regency
  // scale the run would take many minutes of the seed; the bench prepares its own (bench/targeting-setup.ts).
  const dinsos = await db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'dinsos')
    .executeTakeFirstOrThrow();
  if (scale !== 'regency') await seedDemoTargeting(db, regencyCode, dinsos.id);
  await linkDemoCitizen(db);
  // Usul and sanggah (issue 13): a few items at every step in the demo citizen's village, one overdue.
  const proposals = await seedDemoProposals(db);
  await markDemoData(db, true);
  return { users, officials, population, welfare, proposals };
}
