import type { Messages } from './id.ts';
import type { RequestMessages } from '../pages/letters/requests/messages.id.ts';

// Typed translation keys: `t('nav.dashboard')` is checked at compile time. The letter request pages bring
// their own namespace with their chunk (pages/letters/requests/i18n.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages; requests: RequestMessages };
  }
}
