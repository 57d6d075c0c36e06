// Who may list, export, read and change which households: generated users of every level against households
// of many villages, and hostile text in every input (test/scope-harness).
import { describeScopeCases } from '../../../../test/scope-harness/describe-scopes.ts';
import { householdScopeCases } from './households.scope-cases.ts';

describeScopeCases(householdScopeCases);
