// Turns the access decision into the HTTP answer: outside the user's area a record "does not exist" (404);
// inside it, an action the role may not take is 403.
import type { Actor } from './roles.ts';
import { decideAccess, type Action } from './access.ts';
import { AppError } from '../http/problem.ts';

export function assertRegionAccess(actor: Actor, regionCode: string, action: Action) {
  const decision = decideAccess(actor, regionCode, action);
  if (decision === 'not_found') throw new AppError('NOT_FOUND');
  if (decision === 'forbidden') throw new AppError('FORBIDDEN');
}
