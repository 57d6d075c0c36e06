// The imports pages' Indonesian words, added when a chunk that shows them loads (see ../moduleMessages.ts).
import { addIndonesianMessages } from '../moduleMessages.ts';
import { importsId } from '../imports.id.ts';

addIndonesianMessages({ imports: importsId });
