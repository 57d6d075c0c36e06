// What each role may do inside its own area: pure data the server's access function decides with (default
// deny, server access/access.ts) and the web app reads to show only the buttons and pages a user can use.
// One table for both, so a menu never offers what the server refuses.
import type { Agency, Role } from './roles.ts';

/**
 * read/write: the area's records. administer: accounts and settings. serve_citizens: the village desk's
 * acts for a resident in person (issuing a citizen's PIN), which stay with the village's own staff.
 * decide_assistance: the social-affairs agency's decisions on social assistance across its area (regency
 * programs, enrolling or ending on an agency decision, scoring models, ranking runs). forward_proposals:
 * the district's step of an usul/sanggah, passing what the village deliberation accepted on to Dinas Sosial.
 */
export type Action =
  'read' | 'write' | 'administer' | 'serve_citizens' | 'decide_assistance' | 'forward_proposals';

/** Social workers and citizens get narrower, record-level grants from their modules (assigned households,
 * own family); here they have none. */
export const roleGrants: Record<Role, readonly Action[]> = {
  regency_admin: ['read', 'write', 'administer'],
  agency_staff: ['read'],
  district_staff: ['read', 'forward_proposals'],
  village_head: ['read', 'write', 'serve_citizens'],
  village_operator: ['read', 'write', 'serve_citizens'],
  social_worker: [],
  citizen: [],
};

/** What an agency's staff may do beyond their role's grants: the agency that owns the work decides it. */
export const agencyGrants: Partial<Record<Agency, readonly Action[]>> = {
  social_affairs: ['decide_assistance'],
};

/** Whether a user of this role (and agency) may take `action` somewhere in their own area. */
export function mayDo(viewer: { role: Role; agency: Agency | null }, action: Action): boolean {
  if (roleGrants[viewer.role].includes(action)) return true;
  return (
    viewer.role === 'agency_staff' &&
    viewer.agency !== null &&
    !!agencyGrants[viewer.agency]?.includes(action)
  );
}

/** The roles whose own area grants `action`: route declarations are derived from here, never listed by hand.
 * An action granted to an agency lets agency staff reach the route; the per-record check decides on the agency. */
export function rolesThatMay(action: Action): Role[] {
  const roles = (Object.keys(roleGrants) as Role[]).filter((role) => roleGrants[role].includes(action));
  const byAgency = Object.values(agencyGrants).some((actions) => actions.includes(action));
  return byAgency && !roles.includes('agency_staff') ? [...roles, 'agency_staff'] : roles;
}
