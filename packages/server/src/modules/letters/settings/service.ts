// A village sets a letter type up: on or off, its number format and sequence, its classification, the post
// that signs it for the head, its service level. The format is checked before it is saved, so a letter can
// always be numbered; audited.
import { checkNumberFormat, type NumberFormatProblem } from '@smart-kampung/domain';
import { klasifikasiName } from '@smart-kampung/domain/letters/catalogue';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { fieldError } from '../../../http/field-errors.ts';
import type { FieldMessageKey } from '../../../http/field-messages.ts';
import { AppError } from '../../../http/problem.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { findVillageLetterType } from '../catalogue/queries.ts';
import { upsertLetterTypeSettings } from './queries.ts';
import type { LetterTypeSettings } from './schemas.ts';

const FORMAT_MESSAGE: Record<NumberFormatProblem['kind'], FieldMessageKey> = {
  empty: 'NUMBER_FORMAT_SEQUENCE',
  too_long: 'NUMBER_FORMAT_TOKEN',
  unknown_token: 'NUMBER_FORMAT_TOKEN',
  bad_padding: 'NUMBER_FORMAT_TOKEN',
  unbalanced_bracket: 'NUMBER_FORMAT_TOKEN',
  no_sequence: 'NUMBER_FORMAT_SEQUENCE',
  sequence_twice: 'NUMBER_FORMAT_SEQUENCE',
  type_scope_needs_type_code: 'NUMBER_FORMAT_TYPE_CODE',
};

export async function saveLetterTypeSettings(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  letterTypeCode: string,
  settings: LetterTypeSettings,
) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  const errors = [];
  if (settings.numberFormat !== null) {
    const keys = new Set(
      checkNumberFormat(settings.numberFormat, settings.sequenceScope).map((p) => FORMAT_MESSAGE[p.kind]),
    );
    errors.push(...[...keys].map((key) => fieldError('numberFormat', 'body', key)));
  } else if (settings.sequenceScope === 'type') {
    // The village's default format has no [kode]: a sequence of its own needs a format that names the type.
    errors.push(fieldError('numberFormat', 'body', 'NUMBER_FORMAT_TYPE_CODE'));
  }
  if (settings.klasifikasi !== null && klasifikasiName(settings.klasifikasi) === undefined)
    errors.push(fieldError('klasifikasi', 'body', 'KLASIFIKASI_UNKNOWN'));
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });

  return db.transaction().execute(async (trx) => {
    if (!(await findVillageLetterType(trx, villageCode, letterTypeCode))) throw new AppError('NOT_FOUND');
    await upsertLetterTypeSettings(trx, villageCode, letterTypeCode, settings, ctx.actor.id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'letters.type.settings',
      entityType: 'village_letter_type',
      entityId: letterTypeCode,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { ...settings },
    });
    return (await findVillageLetterType(trx, villageCode, letterTypeCode))!;
  });
}
