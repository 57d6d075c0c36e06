// Who may record which life events where: generated users of every level against residents and families of
// many villages, and hostile text in every input (test/scope-harness).
import { describeScopeCases } from '../../../../test/scope-harness/describe-scopes.ts';
import { eventScopeCases } from './events.scope-cases.ts';

describeScopeCases(eventScopeCases);
