// The targeting pages' Indonesian words, added when a chunk that shows them loads (see ../moduleMessages.ts).
import { addIndonesianMessages } from '../moduleMessages.ts';
import { targetingId } from '../targeting.id.ts';

addIndonesianMessages({ targeting: targetingId });
