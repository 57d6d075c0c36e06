// Who may list which households: anyone who may read the area (the caller's own by default).
import { assertRegionAccess } from '../../../../access/assert-access.ts';
import type { Actor } from '../../../../access/roles.ts';
import type { Db } from '../../../../db/database.ts';
import { EXPECTED_HOUSING_COLUMNS } from '@smart-kampung/domain';
import { listHouseholds } from './queries.ts';
import type { HouseholdListQuery } from './schemas.ts';
import { householdPlace } from '../shape.ts';

export async function householdList(db: Db, actor: Actor, query: HouseholdListQuery) {
  const region = query.region ?? actor.areaCode;
  assertRegionAccess(actor, region, 'read');
  const { total, rows } = await listHouseholds(db, region, query);
  return {
    total,
    limit: query.limit,
    offset: query.offset,
    items: rows.map((h) => ({
      ...householdPlace(h),
      headName: h.head_name,
      familyCount: h.family_count,
      memberCount: h.member_count,
      hasLocation: h.latitude !== null,
      housingAnswered: Number(h.housing_answered),
      housingTotal: EXPECTED_HOUSING_COLUMNS.length,
    })),
  };
}
