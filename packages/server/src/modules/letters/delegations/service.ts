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
import { delegationsAround, insertDelegation, typesOfAuthority } from './queries.ts';
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
