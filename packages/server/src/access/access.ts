// The one place that decides whether a user may act on a region. Default deny: anything not granted below
// is refused. Callers turn "no read access" into 404 (the record's existence is not revealed) and
// "read but not write" into 403.
import type { Actor, Agency, Role } from './roles.ts';

/**
 * read/write: the area's records. administer: accounts and settings. serve_citizens: the village desk's
 * acts for a resident in person (issuing a citizen's PIN), which stay with the village's own staff.
 * decide_assistance: the social-affairs agency's decisions on social assistance across its area (regency
 * programs, enrolling or ending on an agency decision, scoring models, ranking runs). forward_proposals:
 * the district's step of an usul/sanggah, passing what the village deliberation accepted on to Dinas Sosial.
 */
export type Action =
  'read' | 'write' | 'administer' | 'serve_citizens' | 'decide_assistance' | 'forward_proposals';

/** True when `code` is `area` itself or lies inside it (dotted codes nest by prefix). */
export function isWithin(code: string, area: string): boolean {
  return code === area || code.startsWith(`${area}.`);
}

/** What each role may do inside its own area. Social workers and citizens get narrower, record-level
 * grants from their modules (assigned households, own family); here they only read their village. */
const grants: Record<Role, readonly Action[]> = {
  regency_admin: ['read', 'write', 'administer'],
  agency_staff: ['read'],
  district_staff: ['read', 'forward_proposals'],
  village_head: ['read', 'write', 'serve_citizens'],
  village_operator: ['read', 'write', 'serve_citizens'],
  social_worker: [],
  citizen: [],
};

/** What an agency's staff may do beyond their role's grants: the agency that owns the work decides it. */
const agencyGrants: Partial<Record<Agency, readonly Action[]>> = {
  social_affairs: ['decide_assistance'],
};

/** The roles whose own area grants `action`: route declarations are derived from here, never listed by hand.
 * An action granted to an agency lets agency staff reach the route; the per-record check decides on the agency. */
export function rolesThatMay(action: Action): Role[] {
  const roles = (Object.keys(grants) as Role[]).filter((role) => grants[role].includes(action));
  const byAgency = Object.values(agencyGrants).some((actions) => actions.includes(action));
  return byAgency && !roles.includes('agency_staff') ? [...roles, 'agency_staff'] : roles;
}

function granted(actor: Actor, action: Action): boolean {
  if (grants[actor.role].includes(action)) return true;
  return (
    actor.role === 'agency_staff' && actor.agency !== null && !!agencyGrants[actor.agency]?.includes(action)
  );
}

export function canActOnRegion(actor: Actor, regionCode: string, action: Action): boolean {
  if (!isWithin(regionCode, actor.areaCode)) return false;
  return granted(actor, action);
}

export type AccessDecision = 'allow' | 'not_found' | 'forbidden';

/** Read access hides the record (404); a visible record that may not be changed is 403. */
export function decideAccess(actor: Actor, regionCode: string, action: Action): AccessDecision {
  if (canActOnRegion(actor, regionCode, action)) return 'allow';
  if (action !== 'read' && canActOnRegion(actor, regionCode, 'read')) return 'forbidden';
  return 'not_found';
}
