import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { id, type Messages } from './id.ts';
import {
  DEFAULT_LANGUAGE,
  SUPPORTED_LANGUAGES,
  isLanguage,
  readStoredLanguage,
  storeLanguage,
} from './language.ts';
import type { Language } from './language.ts';

/**
 * Indonesian, the default and the fallback, is in the main bundle; English is its own chunk (about 10 KB
 * compressed), fetched only by those who choose it, so a citizen's first visit does not carry both.
 */
const otherLanguages: Record<Exclude<Language, 'id'>, () => Promise<Messages>> = {
  en: async () => (await import('./en.ts')).en,
};

async function ensureLoaded(language: Language): Promise<void> {
  if (language === 'id' || i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await otherLanguages[language]());
}

function applyDocumentLanguage(language: string): void {
  // Screen readers and the browser's spell-checker use <html lang>.
  document.documentElement.lang = language;
}

// Initialisation is synchronous in Indonesian; a stored English choice is loaded before the first paint.
export async function initI18n(): Promise<typeof i18next> {
  const language = readStoredLanguage();
  void i18next.use(initReactI18next).init({
    resources: { id: { translation: id } },
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    interpolation: { escapeValue: false }, // React already escapes output.
    initAsync: false,
    returnNull: false,
  });
  applyDocumentLanguage(DEFAULT_LANGUAGE);
  i18next.on('languageChanged', applyDocumentLanguage);
  if (language !== DEFAULT_LANGUAGE) {
    await ensureLoaded(language).catch(() => {
      // Offline or a stale chunk: the app stays in Indonesian rather than not starting.
    });
    if (i18next.hasResourceBundle(language, 'translation')) await i18next.changeLanguage(language);
  }
  return i18next;
}

export function currentLanguage(): Language {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

export async function changeLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  storeLanguage(language);
  await i18next.changeLanguage(language);
}
