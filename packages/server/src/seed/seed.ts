// The deterministic demo-data generator behind `npm run seed` and the first `npm start`. Later modules add
// their generators here; everything it writes is synthetic and the deployment is marked as demo data.
import type { Db } from '../db/database.ts';
import { markDemoData } from '../modules/system/queries.ts';
import { seedDemoUsers, type DemoUser, type SeedScale } from './demo-users.ts';

export interface SeedResult {
  users: DemoUser[];
}

export async function seed(db: Db, regencyCode: string, scale: SeedScale): Promise<SeedResult> {
  const users = await seedDemoUsers(db, regencyCode, scale);
  await markDemoData(db, true);
  return { users };
}
