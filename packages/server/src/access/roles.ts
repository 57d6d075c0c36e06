// The roles of Smart Kampung and the level of area each one is bound to live in the domain package (the web
// app reads the same list); the signed-in actor is the server's own.
import type { Agency, Role } from '@smart-kampung/domain';

export {
  agencies,
  roleAreaLevel,
  roles,
  type Agency,
  type AreaLevel,
  type Role,
} from '@smart-kampung/domain';

export interface Actor {
  id: string;
  username: string;
  role: Role;
  agency: Agency | null;
  areaCode: string;
  /**
   * The account signed in with a password the admin set (http/route-access.ts lets such a session reach only
   * the routes that allow it, to choose a new password). Absent: no change is required.
   */
  passwordChangeRequired?: boolean;
}
