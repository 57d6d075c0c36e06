// Shapes of the JSON the Fastify server returns, looked up in the schema generated from its OpenAPI document
// (contract.ts); roles and agencies are the domain package's lists. The web bundle never pulls in server code.
import type { ApiResponse } from './contract.ts';

export { roles as ROLES, type Agency, type AreaLevel, type Role } from '@smart-kampung/domain';

export type User = ApiResponse<'/api/auth/me', 'get'>['user'];
export type Region = ApiResponse<'/api/regions/{code}', 'get'>;
export type RegionLevel = Region['level'];
export type AppConfig = ApiResponse<'/api/config', 'get'>;
export type Health = ApiResponse<'/api/health', 'get'>;

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
