// The social assistance module's pages, loaded together as one chunk.
export { EnrolmentRoute as EnrolmentPage } from './EnrolmentPage.tsx';
export { ProgramListPage } from './ProgramListPage.tsx';
export { ProgramRoute as ProgramPage } from './ProgramPage.tsx';
