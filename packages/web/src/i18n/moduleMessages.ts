// Indonesian messages that only a module's own pages use travel with those pages, not in the main bundle:
// a citizen's first visit (150 KB on a weak link) must not carry the social-assistance and letter-settings
// screens' words. Each such module's pages import its file under lazy/, which adds the words to the default
// namespace when the chunk loads. English is one lazy chunk already (index.ts) and holds every module.
import i18next from 'i18next';
import type { assistanceId } from './assistance.id.ts';
import type { populationEventsId } from './populationEvents.id.ts';
import type { usersId } from './users.id.ts';
import type { importsId } from './imports.id.ts';
import type { importWizardId } from './importWizard.id.ts';
import type { assistanceFilesId } from './assistanceFiles.id.ts';
import type { lettersAdminId } from './lettersAdmin.id.ts';
import type { myProposalsId } from './myProposals.id.ts';
import type { proposalsId } from './proposals.id.ts';
import type { povertyMapId } from './povertyMap.id.ts';
import type { targetingId } from './targeting.id.ts';
import type { welfareId } from './welfare.id.ts';
import type { welfareFactsId } from './welfareFacts.id.ts';

export interface ModuleMessages {
  assistance: typeof assistanceId;
  assistanceFiles: typeof assistanceFilesId;
  welfare: typeof welfareId;
  welfareFacts: typeof welfareFactsId;
  povertyMap: typeof povertyMapId;
  targeting: typeof targetingId;
  lettersAdmin: typeof lettersAdminId;
  /** The life-event forms' words, merged into `population` (deep) when their pages load. */
  population: typeof populationEventsId;
  users: typeof usersId;
  myProposals: typeof myProposalsId;
  proposals: typeof proposalsId;
  imports: typeof importsId;
  importWizard: typeof importWizardId;
}

/** Adds a module's Indonesian words (once i18next is set up, if it is not yet). */
export function addIndonesianMessages(messages: Partial<ModuleMessages>): void {
  const add = () => i18next.addResourceBundle('id', 'translation', messages, true, true);
  if (i18next.isInitialized) add();
  else i18next.on('initialized', add);
}
