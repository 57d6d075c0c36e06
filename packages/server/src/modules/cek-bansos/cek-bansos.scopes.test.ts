// Who may use the public look-up: everyone, the same way (test/scope-harness), and hostile text in its inputs.
import { describeScopeCases } from '../../../test/scope-harness/describe-scopes.ts';
import { cekBansosScopeCases } from './cek-bansos.scope-cases.ts';

describeScopeCases(cekBansosScopeCases);
