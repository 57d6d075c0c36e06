// Every Indonesian message in one object, for tests that render a module's page with an i18next instance of
// their own (the app adds a module's words when its chunk loads: moduleMessages.ts). Never imported by the app.
import { assistanceId } from './assistance.id.ts';
import { populationEventsId } from './populationEvents.id.ts';
import { usersId } from './users.id.ts';
import { importsId } from './imports.id.ts';
import { importWizardId } from './importWizard.id.ts';
import { assistanceFilesId } from './assistanceFiles.id.ts';
import { id, type Messages } from './id.ts';
import { lettersAdminId } from './lettersAdmin.id.ts';
import { myProposalsId } from './myProposals.id.ts';
import { proposalsId } from './proposals.id.ts';
import type { ModuleMessages } from './moduleMessages.ts';
import { povertyMapId } from './povertyMap.id.ts';
import { targetingId } from './targeting.id.ts';
import { welfareId } from './welfare.id.ts';
import { welfareFactsId } from './welfareFacts.id.ts';

export const moduleMessagesId: ModuleMessages = {
  assistance: assistanceId,
  assistanceFiles: assistanceFilesId,
  welfare: welfareId,
  welfareFacts: welfareFactsId,
  povertyMap: povertyMapId,
  targeting: targetingId,
  lettersAdmin: lettersAdminId,
  population: populationEventsId,
  users: usersId,
  myProposals: myProposalsId,
  proposals: proposalsId,
  imports: importsId,
  importWizard: importWizardId,
};

export const allIndonesian: Messages = {
  ...id,
  ...moduleMessagesId,
  population: { ...id.population, ...populationEventsId },
};
