import type { TFunction } from 'i18next';
import type { User } from '../api/types.ts';

/** "Staf Dinas · Dinas Sosial": agency staff are only meaningful together with their agency. */
export function roleLabel(user: Pick<User, 'role' | 'agency'>, t: TFunction): string {
  const role = t(`roles.${user.role}`);
  return user.agency ? `${role} · ${t(`agencies.${user.agency}`)}` : role;
}
