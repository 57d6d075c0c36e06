// Shapes of the JSON the Fastify server returns. Kept here (not imported from the server) so the web
// bundle never pulls in server code.
export const ROLES = [
  'regency_admin',
  'agency_staff',
  'district_staff',
  'village_head',
  'village_operator',
  'social_worker',
  'citizen',
] as const;
export type Role = (typeof ROLES)[number];

export type Agency = 'social_affairs' | 'village_development' | 'planning' | 'inspectorate';
export type AreaLevel = 'regency' | 'district' | 'village';
export type RegionLevel = 'province' | AreaLevel;

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  agency: Agency | null;
  areaCode: string;
  areaName: string;
  areaLevel: AreaLevel;
}

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  kind: null | 'desa' | 'kelurahan';
  parentCode: string | null;
  childCount: number;
}

export interface AppConfig {
  regencyCode: string;
  regencyName: string;
  demoData: boolean;
  version: string;
}

export interface Health {
  status: 'ok';
  db: 'pglite' | 'postgres';
}

/** RFC 9457 problem body as the server sends it, with both languages included. */
export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  message_id?: string;
  message_en?: string;
  retryAfterSeconds?: number;
}

/** One entry of a 400 problem's `errors`: the field path, and the message in both languages when known. */
export interface FieldProblem {
  field: string;
  code?: string | undefined;
  message: string;
  message_en?: string | undefined;
}
