// The roles of Smart Kampung and the level of area each one is bound to: pure data the server's access
// decisions and the web app's menus and account form both read.
export const roles = [
  'regency_admin',
  'agency_staff',
  'district_staff',
  'village_head',
  'village_operator',
  'social_worker',
  'citizen',
] as const;
export type Role = (typeof roles)[number];

export const agencies = ['social_affairs', 'village_development', 'planning', 'inspectorate'] as const;
export type Agency = (typeof agencies)[number];

export type AreaLevel = 'regency' | 'district' | 'village';

/** The level of region a user of this role must be attached to. */
export const roleAreaLevel: Record<Role, AreaLevel> = {
  regency_admin: 'regency',
  agency_staff: 'regency',
  district_staff: 'district',
  village_head: 'village',
  village_operator: 'village',
  social_worker: 'village',
  citizen: 'village',
};
