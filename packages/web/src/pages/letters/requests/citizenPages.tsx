// The citizen's request pages, one chunk of their own (the office's pages and dialogs are not in it).
export { MyLettersPage } from './MyLettersPage.tsx';
export { MyRequestPage } from './MyRequestPage.tsx';
export { NewRequestPage } from './NewRequestPage.tsx';
