// The regency at a glance at scale: the per-village table exactly as its route builds it (villageComparison:
// the access check, every village of the area beside its precomputed figures and last change), for the
// regency's 217 villages and for one district, against counting the same figures from the registry itself on
// each request (a GROUP BY over every resident and household), which is what the precomputed rows spare.
import { sql } from 'kysely';
import type { Actor } from '../packages/server/src/access/roles.ts';
import type { Db } from '../packages/server/src/db/database.ts';
import { villageComparison } from '../packages/server/src/modules/population/stats/service.ts';
import { measure, type Latency } from './measure.ts';

export interface VillageTableResults {
  regency: Latency;
  district: Latency;
  raw: Latency;
  villages: number;
  districtCode: string;
}

const regencyAdmin: Actor = {
  id: '00000000-0000-0000-0000-000000000000',
  username: 'bench',
  role: 'regency_admin',
  agency: null,
  areaCode: '35.10',
};

export async function villageTableBench(
  db: Db,
  districtCode: string,
  log: (line: string) => void,
): Promise<VillageTableResults> {
  await sql`VACUUM ANALYZE population_stat, village_change, region`.execute(db);
  const rounds = Array.from({ length: 60 }, (_, i) => i);
  const regency = await measure(rounds, () => villageComparison(db, regencyAdmin, '35.10'), 5);
  const district = await measure(rounds, () => villageComparison(db, regencyAdmin, districtCode), 5);
  const villages = (await villageComparison(db, regencyAdmin, '35.10')).villages.length;
  const raw = await measure(
    rounds.slice(0, 5),
    () =>
      sql`SELECT r.village_code, count(*) AS residents, count(*) FILTER (WHERE cardinality(r.verification_flags) > 0) AS flagged,
            count(DISTINCT r.family_id) AS families,
            (SELECT count(*) FILTER (WHERE h.latitude IS NULL) FROM household h WHERE h.village_code = r.village_code) AS unpinned
          FROM resident r WHERE r.status_code = 1 GROUP BY r.village_code`.execute(db),
    1,
  );
  log(
    `Village table p95: regency (${villages} villages) ${regency.p95.toFixed(1)} ms, district ${district.p95.toFixed(1)} ms; counted per request p95 ${raw.p95.toFixed(0)} ms`,
  );
  return { regency, district, raw, villages, districtCode };
}
