// Who acts on requests in person: the link between an official (perangkat desa) and the staff account that is
// them, and the village's choice of which requests the Sekretaris Desa verifies before signing.
import type { Db } from '../../../db/database.ts';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import { invalidField } from '../../../http/field-errors.ts';
import { AppError } from '../../../http/problem.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import * as q from './queries.ts';

export async function linkOfficialAccount(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  officialId: string,
  userId: string | null,
) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  await db.transaction().execute(async (trx) => {
    const official = await q.lockOfficial(trx, villageCode, officialId);
    if (!official) throw new AppError('NOT_FOUND');
    if (userId !== null) {
      if (!(await q.villageStaffAccount(trx, villageCode, userId)))
        throw invalidField('userId', 'body', 'OFFICIAL_ACCOUNT_NOT_STAFF');
      const other = await q.officialOfAccount(trx, villageCode, userId);
      if (other && other.id !== officialId) throw new AppError('OFFICIAL_ACCOUNT_TAKEN');
    }
    await q.setOfficialAccount(trx, villageCode, officialId, userId);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'letters.official.account',
      entityType: 'village_official',
      entityId: officialId,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { from: official.user_id, to: userId },
    });
  });
  return { officialId, userId };
}

export async function readWorkflowSetting(db: Db, ctx: RequestContext, villageCode: string) {
  assertRegionAccess(ctx.actor, villageCode, 'read');
  const row = await q.workflowSetting(db, villageCode);
  return {
    verificationRequired: row?.verification_required ?? false,
    verifiedTypes: row?.verified_types ?? [],
  };
}

export async function saveWorkflowSetting(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  setting: { verificationRequired: boolean; verifiedTypes: string[] },
) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  const verifiedTypes = [...new Set(setting.verifiedTypes)];
  await db.transaction().execute(async (trx) => {
    const known = await q.knownLetterTypes(trx, verifiedTypes);
    if (known.length !== verifiedTypes.length)
      throw invalidField('verifiedTypes', 'body', 'LETTER_TYPE_UNKNOWN');
    await q.saveWorkflowSetting(trx, villageCode, { ...setting, verifiedTypes }, ctx.actor.id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'letters.workflow_setting.save',
      entityType: 'village',
      entityId: null,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { ...setting, verifiedTypes },
    });
  });
  return { verificationRequired: setting.verificationRequired, verifiedTypes };
}
