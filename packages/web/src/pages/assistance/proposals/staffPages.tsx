// The staff's usul & sanggah pages, loaded together as one chunk (never on a citizen's visit).
export { QueuePage } from './QueuePage.tsx';
export { ItemPage } from './item/ItemPage.tsx';
export { DeskPage } from './desk/DeskPage.tsx';
export { MeetingsPage } from './meetings/MeetingsPage.tsx';
export { DeadlinesPage } from './DeadlinesPage.tsx';
