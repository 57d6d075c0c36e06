// The povertyMap pages' Indonesian words, added when a chunk that shows them loads (see ../moduleMessages.ts).
import { addIndonesianMessages } from '../moduleMessages.ts';
import { povertyMapId } from '../povertyMap.id.ts';

addIndonesianMessages({ povertyMap: povertyMapId });
