// The citizen's usul & sanggah pages' Indonesian words, added when their chunk loads (see ../moduleMessages.ts).
import { addIndonesianMessages } from '../moduleMessages.ts';
import { myProposalsId } from '../myProposals.id.ts';

addIndonesianMessages({ myProposals: myProposalsId });
