// The importWizard pages' Indonesian words, added when a chunk that shows them loads (see ../moduleMessages.ts).
import { addIndonesianMessages } from '../moduleMessages.ts';
import { importWizardId } from '../importWizard.id.ts';

addIndonesianMessages({ importWizard: importWizardId });
