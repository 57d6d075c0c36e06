// Who may read targeting lists and change eligibility where: generated users of every level against programs
// and areas, and hostile text in every input (test/scope-harness).
import { describeScopeCases } from '../../../../test/scope-harness/describe-scopes.ts';
import { targetingScopeCases } from './targeting.scope-cases.ts';

describeScopeCases(targetingScopeCases);
