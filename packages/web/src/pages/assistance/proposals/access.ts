// What a staff member may do with usul and sanggah, read from the grants table the server decides with
// (domain access/grants.ts): only buttons and links the server would accept are shown. The server checks again.
import { mayDo, statusesAwaiting } from '@smart-kampung/domain';
import type { User } from '../../../api/types.ts';

type Viewer = Pick<User, 'role' | 'agency'>;

/** Takes some step (the village, the district, Dinas Sosial): their queue opens on "waiting for me". */
export const takesSteps = (viewer: Viewer) => statusesAwaiting(viewer).length > 0;
/** The village desk: an usul or sanggah for a resident who came to the office. */
export const servesDesk = (viewer: Viewer) => mayDo(viewer, 'serve_citizens');
/** Records the musyawarah desa and its decisions (the village's 'write'). */
export const recordsMeetings = (viewer: Viewer) => mayDo(viewer, 'write');
/** Dinas Sosial: the export to the ministry carries whole NIK and KK numbers. */
export const exportsToMinistry = (viewer: Viewer) => mayDo(viewer, 'decide_assistance');
/** The regency sets each step's working days. */
export const setsDeadlines = (viewer: Viewer) => mayDo(viewer, 'administer');
