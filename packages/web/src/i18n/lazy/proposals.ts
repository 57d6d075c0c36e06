// The staff's usul & sanggah pages' Indonesian words, added when their chunk loads (see ../moduleMessages.ts).
// They also show the kinds' short names from the citizen's words.
import { addIndonesianMessages } from '../moduleMessages.ts';
import { proposalsId } from '../proposals.id.ts';

addIndonesianMessages({ proposals: proposalsId });
