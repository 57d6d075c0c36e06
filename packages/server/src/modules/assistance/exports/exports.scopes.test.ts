// Who may list which area's recipients, masked or whole: generated users of every level against regions of
// every level, and hostile text in every input (test/scope-harness).
import { describeScopeCases } from '../../../../test/scope-harness/describe-scopes.ts';
import { assistanceExportScopeCases } from './exports.scope-cases.ts';

describeScopeCases(assistanceExportScopeCases);
