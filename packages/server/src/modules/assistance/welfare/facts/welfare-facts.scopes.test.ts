// Who may read and replace which welfare facts: generated users of every level against residents and families
// of many villages, and hostile text in every input (test/scope-harness).
import { describeScopeCases } from '../../../../../test/scope-harness/describe-scopes.ts';
import { welfareFactScopeCases } from './welfare-facts.scope-cases.ts';

describeScopeCases(welfareFactScopeCases);
