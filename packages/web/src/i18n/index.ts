import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { id } from './id.ts';
import {
  DEFAULT_LANGUAGE,
  SUPPORTED_LANGUAGES,
  isLanguage,
  readStoredLanguage,
  storeLanguage,
} from './language.ts';
import type { Language } from './language.ts';

export const resources = { id: { translation: id }, en: { translation: en } } as const;

function applyDocumentLanguage(language: string): void {
  // Screen readers and the browser's spell-checker use <html lang>.
  document.documentElement.lang = language;
}

// Both languages are bundled (a few kB), so initialisation is synchronous and the first paint is translated.
export function initI18n(): typeof i18next {
  const language = readStoredLanguage();
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    interpolation: { escapeValue: false }, // React already escapes output.
    initAsync: false,
    returnNull: false,
  });
  applyDocumentLanguage(language);
  i18next.on('languageChanged', applyDocumentLanguage);
  return i18next;
}

export function currentLanguage(): Language {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

export async function changeLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  await i18next.changeLanguage(language);
}
