import { z } from 'zod';
import { agencies, roles } from '../../access/roles.ts';
import { say } from '../../http/field-messages.ts';

export const userProfileSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  agency: z.enum(agencies).nullable(),
  areaCode: z.string(),
  areaName: z.string(),
  areaLevel: z.enum(['regency', 'district', 'village']),
  /** The password was set by the admin: the app shows only the change-password page until it is replaced. */
  passwordChangeRequired: z.boolean(),
});

export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const citizenLoginBodySchema = z.object({
  nik: z
    .string()
    .trim()
    .regex(/^\d{16}$/, say('NIK_FORM')),
  pin: z.string().regex(/^\d{6}$/, say('PIN_FORM')),
});

export const passwordChangeBodySchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10, say('PASSWORD_TOO_SHORT')).max(200),
});

export function toProfile(row: {
  id: string;
  username: string;
  display_name: string;
  role: string;
  agency: string | null;
  area_code: string;
  area_name: string;
  area_level: string;
  password_change_required: boolean;
}) {
  return userProfileSchema.parse({
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    agency: row.agency,
    areaCode: row.area_code,
    areaName: row.area_name,
    areaLevel: row.area_level,
    passwordChangeRequired: row.password_change_required,
  });
}
