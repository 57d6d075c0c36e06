// The lettersAdmin pages' Indonesian words, added when a chunk that shows them loads (see ../moduleMessages.ts).
import { addIndonesianMessages } from '../moduleMessages.ts';
import { lettersAdminId } from '../lettersAdmin.id.ts';

addIndonesianMessages({ lettersAdmin: lettersAdminId });
