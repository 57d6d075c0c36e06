// The one place that decides whether a user may act on a region. Default deny: anything not granted below
// is refused. Callers turn "no read access" into 404 (the record's existence is not revealed) and
// "read but not write" into 403.
import { mayDo, type Action } from '@smart-kampung/domain';
import type { Actor } from './roles.ts';

// The grants table (what each role and agency may do in its own area) is the domain's, shared with the web
// app's menus; this file applies it to an area.
export { rolesThatMay, type Action } from '@smart-kampung/domain';

/** True when `code` is `area` itself or lies inside it (dotted codes nest by prefix). */
export function isWithin(code: string, area: string): boolean {
  return code === area || code.startsWith(`${area}.`);
}

export function canActOnRegion(actor: Actor, regionCode: string, action: Action): boolean {
  if (!isWithin(regionCode, actor.areaCode)) return false;
  return mayDo(actor, action);
}

export type AccessDecision = 'allow' | 'not_found' | 'forbidden';

/** Read access hides the record (404); a visible record that may not be changed is 403. */
export function decideAccess(actor: Actor, regionCode: string, action: Action): AccessDecision {
  if (canActOnRegion(actor, regionCode, action)) return 'allow';
  if (action !== 'read' && canActOnRegion(actor, regionCode, 'read')) return 'forbidden';
  return 'not_found';
}
