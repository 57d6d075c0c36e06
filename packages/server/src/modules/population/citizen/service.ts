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
import { familyCard } from '../records/service.ts';
import { statusCode } from '../records/status.ts';

export async function issueCitizenPin(db: Db, actor: Actor, villageCode: string, residentId: string) {
  assertRegionAccess(actor, villageCode, 'serve_citizens');
  const pin = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const pinHash = await hashSecret(pin);
  await db.transaction().execute(async (trx) => {
    let sessionsEnded = 0;
    // citizen_login is a Citus reference table, which can hold no foreign key to resident: this read is the
    // check, and its key-share lock holds the resident as the foreign key's check would, until the commit.
    const resident = await trx
      .selectFrom('resident')
      .select(['id', 'nik', 'full_name', 'status_code'])
      .where('village_code', '=', villageCode)
      .where('id', '=', residentId)
      .forKeyShare()
      .executeTakeFirst();
    if (!resident) throw new AppError('NOT_FOUND');
    if (resident.status_code !== statusCode.present) throw new AppError('RESIDENT_NOT_PRESENT');
    const { secret } = await deploymentSecret(trx);
    const digest = nikDigest(secret, resident.nik);
    const existing = await trx
      .selectFrom('citizen_login')
      .select('user_id')
      .where('nik_digest', '=', digest)
      .executeTakeFirst();
    if (existing) {
      await trx
        .updateTable('app_user')
        .set({ password_hash: pinHash, updated_at: new Date() })
        .where('id', '=', existing.user_id)
        .execute();
      // A new PIN is handed over in person: whoever held the old one is signed out, and waits are lifted.
      sessionsEnded = await endSessionsOf(trx, existing.user_id);
      await liftSignInWaits(trx, existing.user_id);
      await trx
        .updateTable('citizen_login')
        .set({ village_code: villageCode, resident_id: residentId })
        .where('user_id', '=', existing.user_id)
        .execute();
    } else {
      const userId = randomUUID();
      await trx
        .insertInto('app_user')
        .values({
          id: userId,
          username: `warga-${userId}`,
          display_name: resident.full_name,
          password_hash: pinHash,
          role: 'citizen',
          agency: null,
          area_code: villageCode,
        })
        .execute();
      await trx
        .insertInto('citizen_login')
        .values({ user_id: userId, nik_digest: digest, village_code: villageCode, resident_id: residentId })
        .execute();
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
  const link = await db
    .selectFrom('citizen_login')
    .select(['village_code', 'resident_id'])
    .where('user_id', '=', actor.id)
    .executeTakeFirst();
  if (!link?.village_code || !link.resident_id) throw new AppError('NOT_FOUND');
  const resident = await db
    .selectFrom('resident')
    .select('family_id')
    .where('village_code', '=', link.village_code)
    .where('id', '=', link.resident_id)
    .executeTakeFirst();
  if (!resident?.family_id) throw new AppError('NOT_FOUND');
  return familyCard(db, link.village_code, resident.family_id);
}
