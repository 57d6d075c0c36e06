import type { Messages } from './id.ts';

// Typed translation keys: `t('nav.dashboard')` is checked at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
