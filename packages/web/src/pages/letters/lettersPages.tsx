// The letters module's pages, loaded together as one chunk.
export { IssueLetterRoute as IssueLetterPage } from './IssueLetterPage.tsx';
export { LetterListPage } from './LetterListPage.tsx';
export { LetterTypesPage } from './LetterTypesPage.tsx';
