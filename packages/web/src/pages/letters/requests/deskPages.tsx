// The village office's request pages, one chunk of their own.
export { RequestPage } from './RequestPage.tsx';
export { RequestQueuePage } from './RequestQueuePage.tsx';
