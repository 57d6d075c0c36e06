// The users pages' Indonesian words, added when a chunk that shows them loads (see ../moduleMessages.ts).
import { addIndonesianMessages } from '../moduleMessages.ts';
import { usersId } from '../users.id.ts';

addIndonesianMessages({ users: usersId });
