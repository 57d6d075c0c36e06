// The assistanceFiles pages' Indonesian words, added when a chunk that shows them loads (see ../moduleMessages.ts).
import { addIndonesianMessages } from '../moduleMessages.ts';
import { assistanceFilesId } from '../assistanceFiles.id.ts';

addIndonesianMessages({ assistanceFiles: assistanceFilesId });
