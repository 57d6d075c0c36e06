export { TargetingProgramsPage } from './TargetingProgramsPage.tsx';
export { ProgramTargetingPage } from './ProgramTargetingPage.tsx';
export { DuplicatesPage } from './DuplicatesPage.tsx';
