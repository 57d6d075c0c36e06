// Who may import into which village and follow, commit or cancel which job: generated users of every level
// against villages and jobs of many villages, and hostile text in every input, the uploaded file's name
// included (test/scope-harness).
import { describeScopeCases } from '../../../test/scope-harness/describe-scopes.ts';
import { importScopeCases } from './imports.scope-cases.ts';

describeScopeCases(importScopeCases);
