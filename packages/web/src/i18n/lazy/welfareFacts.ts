// The welfareFacts pages' Indonesian words, added when a chunk that shows them loads (see ../moduleMessages.ts).
import { addIndonesianMessages } from '../moduleMessages.ts';
import { welfareFactsId } from '../welfareFacts.id.ts';

addIndonesianMessages({ welfareFacts: welfareFactsId });
