// The access rule's area, as SQL. Region codes nest by whole dotted segments (access.ts `isWithin`); a list
// query narrows its rows to the area it was allowed to read with the same rule, so SQL and the access
// function can never disagree about what "inside the area" means (area.test.ts checks both on generated
// codes against a real database).
import { sql, type Expression, type SqlBool } from 'kysely';
import { assertRegionAccess } from '../../access/assert-access.ts';
import type { Action } from '../../access/access.ts';
import type { Actor } from '../../access/roles.ts';

const VILLAGE_DEPTH = 4;

/** Whether an area is one village (a village table's rows of it: one value of village_code). */
export const isVillageArea = (area: string) => area.split('.').length >= VILLAGE_DEPTH;

/**
 * Rows whose region `column` lies within `area`: the area itself or any region below it. `holds` says what
 * the column can contain: 'village' codes only (every village-scoped table), so a village area is an
 * equality found through the key's first column (on Citus, one shard) and a wider area is the codes below
 * it; or 'any' level (a user's area), where the area itself matches too.
 */
export function inArea(
  column: string,
  area: string,
  holds: 'village' | 'any' = 'village',
): Expression<SqlBool> {
  const ref = sql.ref(column);
  if (holds === 'village' && isVillageArea(area)) return sql<SqlBool>`${ref} = ${area}`;
  const below = `${area.replace(/[\\%_]/g, (c) => `\\${c}`)}.%`;
  if (holds === 'village') return sql<SqlBool>`${ref} LIKE ${below}`;
  return sql<SqlBool>`(${ref} = ${area} OR ${ref} LIKE ${below})`;
}

/**
 * The area a list reads: the one asked for (the caller's own by default), after the access decision. Outside
 * the caller's area it does not exist (404); inside it a role without `action` is refused (403).
 */
export function listArea(actor: Actor, requested: string | undefined, action: Action = 'read'): string {
  const area = requested ?? actor.areaCode;
  assertRegionAccess(actor, area, action);
  return area;
}
