import { PAGE_SIZES_MM, type TemplateBlock } from '@smart-kampung/domain';
import { say } from '../../../http/field-messages.ts';
import { z } from 'zod';

/**
 * A body block. One object with every block's keys rather than a union of strict shapes, so a wrong value is
 * refused naming its own field (`body.2.text`), and a key another kind uses is dropped from the saved block.
 */
const blockShape = z.object({
  kind: z.enum(['paragraph', 'subject', 'fields', 'party']),
  text: z.string().max(4000).optional(),
  group: z.string().max(80).optional(),
  key: z.string().max(60).optional(),
});
const blockSchema = blockShape
  .refine((block) => block.kind !== 'paragraph' || block.text !== undefined, {
    path: ['text'],
    message: say('TEMPLATE_PARAGRAPH_TEXT'),
  })
  .refine((block) => block.kind !== 'party' || block.key !== undefined, {
    path: ['key'],
    message: say('TEMPLATE_PARTY_UNKNOWN'),
  })
  .transform((block): TemplateBlock => {
    switch (block.kind) {
      case 'paragraph':
        return { kind: 'paragraph', text: block.text ?? '' };
      case 'subject':
        return { kind: 'subject' };
      case 'fields':
        return block.group === undefined ? { kind: 'fields' } : { kind: 'fields', group: block.group };
      case 'party':
        return { kind: 'party', key: block.key ?? '' };
    }
  });

// Margins are any number here: the domain's check (5-50 mm) names the side that is out of range.
const margin = z.number().finite();

/**
 * What a village edits of a letter's template: the page, the letterhead on or off, the title and the body.
 * The typed fields, the parties and the statuses a subject may have stay the catalogue's, so an edit can
 * never ask the desk for something the letter type does not know.
 */
const pageSchema = z.object({
  size: z.enum(Object.keys(PAGE_SIZES_MM) as ['F4', 'A4']),
  marginsMm: z.object({ top: margin, right: margin, bottom: margin, left: margin }),
});
export const templateEditSchema = z.object({
  page: pageSchema,
  letterhead: z.boolean(),
  title: z.string().max(200),
  body: z.array(blockSchema).max(60),
});
/** The same as the routes answer it. */
const templateViewSchema = z.object({
  page: pageSchema,
  letterhead: z.boolean(),
  title: z.string(),
  body: z.array(blockShape),
});
export type TemplateEdit = z.infer<typeof templateEditSchema>;

export const previewBodySchema = z.object({
  template: templateEditSchema,
  /** A resident whose data fills the preview (NIK and KK masked); none: sample data. */
  residentId: z.uuid().nullish(),
});

const fieldSchema = z.object({
  key: z.string(),
  label: z.string(),
  type: z.string(),
  required: z.boolean(),
  options: z.array(z.string()).optional(),
  group: z.string().optional(),
});

/** The template as the village uses it, and whether it is the village's own or the catalogue's. */
export const editableTemplateSchema = z.object({
  code: z.string(),
  name: z.string(),
  customised: z.boolean(),
  template: templateViewSchema.extend({
    fields: z.array(fieldSchema),
    parties: z.array(z.object({ key: z.string(), label: z.string() })),
  }),
  catalogue: templateViewSchema,
});
