// Who may read, issue and void which village's letters: generated users of every level against letters of
// many villages, and hostile text in every input (test/scope-harness).
import { describeScopeCases } from '../../../test/scope-harness/describe-scopes.ts';
import { letterScopeCases } from './letters.scope-cases.ts';

describeScopeCases(letterScopeCases);
