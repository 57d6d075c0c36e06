// Delegations of signing authority: the regency admin records a regulation (e.g. a Perbup) delegating letters
// of the regent or a district head to the villages of an area; from its first day those villages issue them,
// signed as the signing matrix says. Read by whoever reads the area.
import { randomUUID } from 'node:crypto';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { invalidField } from '../../../http/field-errors.ts';
import { listArea } from '../../../platform/area/in-area.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { AppError } from '../../../http/problem.ts';
import {
  delegationsAround,
  endDelegation,
  insertDelegation,
  lockDelegation,
  typesOfAuthority,
} from './queries.ts';
import type { DelegationInput } from './schemas.ts';

export async function readDelegations(db: Db, ctx: RequestContext, region: string | undefined) {
  return delegationsAround(db, listArea(ctx.actor, region));
}

export async function recordDelegation(db: Db, ctx: RequestContext, input: DelegationInput) {
  assertRegionAccess(ctx.actor, input.areaCode, 'administer');
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const ofAuthority = await typesOfAuthority(trx, input.letterTypeCodes, input.authority);
    const index = input.letterTypeCodes.findIndex((code) => !ofAuthority.has(code));
    if (index >= 0) throw invalidField(`letterTypeCodes.${index}`, 'body', 'DELEGATION_LETTER_TYPE');
    await insertDelegation(trx, id, input, ctx.actor.id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'letters.delegation.create',
      entityType: 'letter_delegation',
      entityId: id,
      regionCode: input.areaCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { ...input },
    });
  });
  return (await delegationsAround(db, input.areaCode)).find((d) => d.id === id)!;
}

/**
 * Ends a delegation (the regulation was revoked or replaced): from the day after `validTo` the villages it
 * reached are refused its letters (LETTER_NOT_DELEGATED) again. The row stays: issued letters cite it.
 */
export async function closeDelegation(db: Db, ctx: RequestContext, id: string, validTo: string) {
  const areaCode = await db.transaction().execute(async (trx) => {
    const delegation = await lockDelegation(trx, id);
    if (!delegation) throw new AppError('NOT_FOUND');
    assertRegionAccess(ctx.actor, delegation.area_code, 'administer');
    if (validTo < isoDay(delegation.valid_from))
      throw invalidField('validTo', 'body', 'TERM_END_BEFORE_START');
    await endDelegation(trx, id, validTo);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'letters.delegation.end',
      entityType: 'letter_delegation',
      entityId: id,
      regionCode: delegation.area_code,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { validTo, was: delegation.valid_to === null ? null : isoDay(delegation.valid_to) },
    });
    return delegation.area_code;
  });
  return (await delegationsAround(db, areaCode)).find((d) => d.id === id)!;
}

const isoDay = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
