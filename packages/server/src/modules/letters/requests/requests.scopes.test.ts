// Who may read, make and move which village's letter requests, and a citizen's own: generated users of every
// level against requests of many villages, and hostile text in every input (test/scope-harness).
import { describeScopeCases } from '../../../../test/scope-harness/describe-scopes.ts';
import { letterRequestScopeCases } from './requests.scope-cases.ts';

describeScopeCases(letterRequestScopeCases);
