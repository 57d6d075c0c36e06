// The welfare pages' Indonesian words, added when a chunk that shows them loads (see ../moduleMessages.ts).
import { addIndonesianMessages } from '../moduleMessages.ts';
import { welfareId } from '../welfare.id.ts';

addIndonesianMessages({ welfare: welfareId });
