// The letters module's pages, loaded together as one chunk.
export { IssueLetterRoute as IssueLetterPage } from './IssueLetterPage.tsx';
export { LetterListPage } from './LetterListPage.tsx';
export { LetterTypesPage } from './LetterTypesPage.tsx';
export { DelegationsPage } from './DelegationsPage.tsx';
export { LetterRegisterPage } from './LetterRegisterPage.tsx';
export { LetterSettingsRoute as LetterSettingsPage } from './LetterSettingsPage.tsx';
export { OfficialsPage } from './OfficialsPage.tsx';
export { TemplateEditorRoute as TemplateEditorPage } from './TemplateEditorPage.tsx';
