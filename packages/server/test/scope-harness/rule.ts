// What a route's answer must be, computed from the grants in access/access.ts (never from a role list
// copied here): anonymous callers get 401; a role with no grant of the route's kind is turned away by the
// route itself (403) whatever the record; every other role gets 404 outside its area, 403 inside it for an
// action it is not granted, and success inside it when granted.
import { decideAccess, rolesThatMay, type Action } from '../../src/access/access.ts';
import type { Actor } from '../../src/access/roles.ts';

export type RouteRule =
  /** Anyone, signed in or not (health, configuration, sign-in). */
  | { kind: 'public' }
  /** The caller's own session or record: any signed-in user, or only citizens (their own family card). */
  | { kind: 'self'; citizensOnly?: boolean }
  /** Reference data every signed-in user reads, whatever the area (regions). */
  | { kind: 'signed-in' }
  /** areaRoute(action): the access function decides on the region of the target. */
  | { kind: 'area'; action: Action }
  /** grantedRoute(action): only roles granted the action pass the route; outside their area, 404. */
  | { kind: 'granted'; action: Action }
  /** A route-specific rule the grants do not express; `who` names it in the test's title. */
  | { kind: 'roles'; who: string; allowed(actor: Actor): boolean };

export type Outcome = 'ok' | 401 | 403 | 404;

/** Where a call points: `door` is the region the URL or query names (absent: the caller's own area), `home`
 * the village the record really lies in (absent: the call is about the region itself). */
export interface Aim {
  door?: string | null;
  home?: string;
}

/** Why the outcome is what it is, so generated examples can cover every reason at least once. */
export type Reason =
  | 'anonymous'
  | 'no grant of this kind'
  | 'outside the area'
  | 'not granted inside the area'
  | 'record in another village'
  | 'allowed';

export interface Expectation {
  outcome: Outcome;
  reason: Reason;
}

const expectation = (outcome: Outcome, reason: Reason): Expectation => ({ outcome, reason });

function regionDecision(actor: Actor, action: Action, aim: Aim): Expectation {
  const decision = decideAccess(actor, aim.door ?? actor.areaCode, action);
  if (decision === 'not_found') return expectation(404, 'outside the area');
  if (decision === 'forbidden') return expectation(403, 'not granted inside the area');
  // The access check passed for the village in the URL; the record is looked up there, and lies elsewhere.
  if (aim.home !== undefined && aim.home !== aim.door) return expectation(404, 'record in another village');
  return expectation('ok', 'allowed');
}

export function expectedAnswer(rule: RouteRule, actor: Actor | null, aim: Aim): Expectation {
  if (rule.kind === 'public') return expectation('ok', 'allowed');
  if (!actor) return expectation(401, 'anonymous');
  switch (rule.kind) {
    case 'self':
      return rule.citizensOnly && actor.role !== 'citizen'
        ? expectation(403, 'no grant of this kind')
        : expectation('ok', 'allowed');
    case 'signed-in':
      return expectation('ok', 'allowed');
    case 'area': {
      const reaches = new Set([...rolesThatMay('read'), ...rolesThatMay(rule.action)]);
      if (!reaches.has(actor.role)) return expectation(403, 'no grant of this kind');
      return regionDecision(actor, rule.action, aim);
    }
    case 'granted':
      if (!rolesThatMay(rule.action).includes(actor.role)) return expectation(403, 'no grant of this kind');
      return regionDecision(actor, rule.action, aim);
    case 'roles':
      return rule.allowed(actor) ? expectation('ok', 'allowed') : expectation(403, 'no grant of this kind');
  }
}

/** The problem code each refusal carries. */
export const refusalCode = { 401: 'AUTH_REQUIRED', 403: 'FORBIDDEN', 404: 'NOT_FOUND' } as const;
