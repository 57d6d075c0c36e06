// A village edits a letter's template: the page, the letterhead on or off, the title and the body. The edit is
// merged over the catalogue's fields and parties, checked by the domain (checkTemplate) and refused with a
// message beside each field when anything is wrong, so a saved template always prints; reset goes back to
// the catalogue's. The preview renders a draft without issuing, numbering or signing anything.
import {
  checkTemplate,
  templateProblemPath,
  type LetterTemplate,
  type TemplateProblem,
} from '@smart-kampung/domain';
import { assertRegionAccess } from '../../../access/assert-access.ts';
import type { Db } from '../../../db/database.ts';
import { fieldError } from '../../../http/field-errors.ts';
import type { FieldMessageKey } from '../../../http/field-messages.ts';
import { AppError } from '../../../http/problem.ts';
import type { IdentifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import { renderPdf } from '../../../platform/pdf/render-pdf.ts';
import type { RequestContext } from '../../../platform/request-context.ts';
import { appendAudit } from '../../audit/service.ts';
import { findVillageLetterType } from '../catalogue/queries.ts';
import { previewDocument } from './preview.ts';
import { saveVillageTemplate, templatesOf } from './queries.ts';
import type { TemplateEdit } from './schemas.ts';

const PROBLEM_MESSAGE: Record<TemplateProblem['kind'], FieldMessageKey> = {
  title_missing: 'TEMPLATE_TITLE_MISSING',
  body_empty: 'TEMPLATE_BODY_EMPTY',
  margin_out_of_range: 'TEMPLATE_MARGIN',
  unknown_placeholder: 'TEMPLATE_PLACEHOLDER_UNKNOWN',
  text_too_long: 'TEMPLATE_TEXT_TOO_LONG',
  bad_field_key: 'TEMPLATE_FIELD_KEY',
  duplicate_field: 'TEMPLATE_FIELD_KEY',
  select_without_options: 'TEMPLATE_SELECT_OPTIONS',
  unknown_group: 'TEMPLATE_GROUP_UNKNOWN',
  unknown_party: 'TEMPLATE_PARTY_UNKNOWN',
};

const editOf = (template: LetterTemplate): TemplateEdit => ({
  page: template.page,
  letterhead: template.letterhead,
  title: template.title,
  body: template.body,
});

async function loadTemplates(db: Db, villageCode: string, code: string) {
  const row = await templatesOf(db, villageCode, code);
  if (!row) throw new AppError('NOT_FOUND');
  const catalogue = row.catalogue as unknown as LetterTemplate;
  const own = row.own as unknown as LetterTemplate | null;
  return { row, catalogue, current: own ?? catalogue, customised: own !== null };
}

export async function readTemplate(db: Db, ctx: RequestContext, villageCode: string, code: string) {
  assertRegionAccess(ctx.actor, villageCode, 'read');
  const { row, catalogue, current, customised } = await loadTemplates(db, villageCode, code);
  return {
    code: row.code,
    name: row.name,
    customised,
    template: { ...editOf(current), fields: catalogue.fields, parties: catalogue.parties },
    catalogue: editOf(catalogue),
  };
}

/** The edit over the catalogue's fields, parties and subject statuses, or the field errors that refuse it. */
function mergedTemplate(catalogue: LetterTemplate, edit: TemplateEdit): LetterTemplate {
  const template: LetterTemplate = { ...catalogue, ...edit, title: edit.title.trim() };
  const problems = checkTemplate(template);
  if (problems.length > 0)
    throw new AppError('VALIDATION_FAILED', {
      errors: problems.map((problem) => {
        const error = fieldError(
          templateProblemPath(template, problem),
          'body',
          PROBLEM_MESSAGE[problem.kind],
        );
        // The unknown placeholder itself, so the operator sees which one to fix.
        return problem.kind === 'unknown_placeholder'
          ? {
              ...error,
              message: `${error.message} {${problem.placeholder}}`,
              message_en: `${error.message_en} {${problem.placeholder}}`,
            }
          : error;
      }),
    });
  return template;
}

export async function saveTemplate(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  code: string,
  edit: TemplateEdit,
) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  await db.transaction().execute(async (trx) => {
    const { catalogue } = await loadTemplates(trx, villageCode, code);
    const template = mergedTemplate(catalogue, edit);
    await saveVillageTemplate(trx, villageCode, code, JSON.stringify(template), ctx.actor.id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'letters.template.save',
      entityType: 'village_letter_type',
      entityId: code,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { title: template.title, blocks: template.body.length, page: template.page.size },
    });
  });
  return readTemplate(db, ctx, villageCode, code);
}

export async function resetTemplate(db: Db, ctx: RequestContext, villageCode: string, code: string) {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  await db.transaction().execute(async (trx) => {
    await loadTemplates(trx, villageCode, code);
    await saveVillageTemplate(trx, villageCode, code, null, ctx.actor.id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'letters.template.reset',
      entityType: 'village_letter_type',
      entityId: code,
      regionCode: villageCode,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
  });
  return readTemplate(db, ctx, villageCode, code);
}

export async function previewTemplate(
  db: Db,
  ctx: RequestContext,
  villageCode: string,
  code: string,
  input: { template: TemplateEdit; residentId?: string | null | undefined },
  options: { masks: IdentifierMasks; publicUrl: string },
): Promise<Buffer> {
  assertRegionAccess(ctx.actor, villageCode, 'write');
  const { catalogue } = await loadTemplates(db, villageCode, code);
  const template = mergedTemplate(catalogue, input.template);
  const type = await findVillageLetterType(db, villageCode, code);
  if (!type) throw new AppError('NOT_FOUND');
  const document = await previewDocument(db, {
    villageCode,
    type,
    template,
    residentId: input.residentId,
    masks: options.masks,
    publicUrl: options.publicUrl,
  });
  return renderPdf(document);
}
