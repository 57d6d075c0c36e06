// The citizen's usul & sanggah pages, one chunk of their own (the staff's queues are not in it).
export { MyProposalsPage } from './MyProposalsPage.tsx';
export { NewProposalPage } from './NewProposalPage.tsx';
