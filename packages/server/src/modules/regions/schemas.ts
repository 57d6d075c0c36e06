import { z } from 'zod';
import { say } from '../../http/field-messages.ts';

/** Dotted Kemendagri code; OpenSID's undotted form is accepted and normalised. */
export const regionCodeSchema = z
  .string()
  .trim()
  .regex(/^(\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?|\d{2}|\d{4}|\d{6}|\d{10})$/, say('REGION_CODE'))
  .transform(normaliseRegionCode);

export function normaliseRegionCode(code: string): string {
  if (code.includes('.')) return code;
  const parts = [code.slice(0, 2), code.slice(2, 4), code.slice(4, 6), code.slice(6)].filter(Boolean);
  return parts.join('.');
}

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'regency', 'district', 'village']),
  kind: z.enum(['desa', 'kelurahan']).nullable(),
  parentCode: z.string().nullable(),
  childCount: z.number().int(),
});
export type RegionDto = z.infer<typeof regionSchema>;

export function toRegionDto(row: {
  code: string;
  name: string;
  level: string;
  kind: string | null;
  parent_code: string | null;
  child_count: number;
}): RegionDto {
  return regionSchema.parse({
    code: row.code,
    name: row.name,
    level: row.level,
    kind: row.kind,
    parentCode: row.parent_code,
    childCount: Number(row.child_count),
  });
}
