// The letter request pages, loaded together as one chunk (with their i18n namespace).
export { MyLettersPage } from './MyLettersPage.tsx';
export { MyRequestPage } from './MyRequestPage.tsx';
export { NewRequestPage } from './NewRequestPage.tsx';
export { RequestPage } from './RequestPage.tsx';
export { RequestQueuePage } from './RequestQueuePage.tsx';
