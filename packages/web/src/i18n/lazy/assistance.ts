// The assistance pages' Indonesian words, added when a chunk that shows them loads (see ../moduleMessages.ts).
import { addIndonesianMessages } from '../moduleMessages.ts';
import { assistanceId } from '../assistance.id.ts';

addIndonesianMessages({ assistance: assistanceId });
