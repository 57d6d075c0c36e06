// Citizen self-service: the village issues a 6-digit PIN to a resident, who then signs in with NIK + PIN
// and can read (only) their own family card.
import { randomInt, randomUUID } from 'node:crypto';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Actor } from '../../../access/roles.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { appendAudit } from '../../audit/service.ts';
import { hashSecret } from '../../auth/password.ts';
import { deploymentSecret } from '../../auth/queries.ts';
import { endSessionsOf, liftSignInWaits } from '../../auth/service.ts';
import { nikDigest } from '../../auth/tokens.ts';
import { maskedFamilyCard } from '../records/service.ts';
import { statusCode } from '../records/status.ts';
import * as q from './queries.ts';

export async function issueCitizenPin(db: Db, actor: Actor, villageCode: string, residentId: string) {
  assertRegionAccess(actor, villageCode, 'serve_citizens');
  const pin = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const pinHash = await hashSecret(pin);
  await db.transaction().execute(async (trx) => {
    let sessionsEnded = 0;
    const resident = await q.lockResidentForPin(trx, villageCode, residentId);
    if (!resident) throw new AppError('NOT_FOUND');
    if (resident.status_code !== statusCode.present) throw new AppError('RESIDENT_NOT_PRESENT');
    const { secret } = await deploymentSecret(trx);
    const digest = nikDigest(secret, resident.nik);
    const existing = await q.findCitizenLogin(trx, digest);
    if (existing) {
      await q.setCitizenPin(trx, existing.user_id, pinHash);
      // A new PIN is handed over in person: whoever held the old one is signed out, and waits are lifted.
      sessionsEnded = await endSessionsOf(trx, existing.user_id);
      await liftSignInWaits(trx, existing.user_id);
      await q.relinkCitizen(trx, existing.user_id, villageCode, residentId);
    } else {
      await q.insertCitizen(
        trx,
        { userId: randomUUID(), displayName: resident.full_name, pinHash, villageCode },
        { nikDigest: digest, residentId },
      );
    }
    await appendAudit(trx, {
      actor,
      action: 'population.citizen_pin_issued',
      entityType: 'resident',
      entityId: residentId,
      regionCode: villageCode,
      details: { sessionsEnded },
    });
  });
  return { pin };
}

export async function myFamilyCard(db: Db, actor: Actor) {
  const family = await q.familyOfCitizen(db, actor.id);
  if (!family) throw new AppError('NOT_FOUND');
  return maskedFamilyCard(db, family.villageCode, family.familyId);
}

/**
 * The citizen's own full NIK and KK number: their own, so no reason is asked, but every read is in the audit
 * trail like any other full read of an identifier (the numbers themselves never are).
 */
export async function myIdentifiers(db: Db, actor: Actor, context: { ip: string; userAgent: string | null }) {
  return db.transaction().execute(async (trx) => {
    const own = await q.ownIdentifiers(trx, actor.id);
    if (!own) throw new AppError('NOT_FOUND');
    await appendAudit(trx, {
      actor,
      action: 'population.citizen_own_reveal',
      entityType: 'resident',
      entityId: own.resident_id,
      regionCode: own.village_code,
      ip: context.ip,
      userAgent: context.userAgent,
      details: {},
    });
    return { nik: own.nik, kkNumber: own.kk_number };
  });
}
