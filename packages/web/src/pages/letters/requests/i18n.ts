// The request pages' own i18n namespace ("requests"), added when their chunk loads.
// English is fetched only by readers who chose it, like the app's own English (i18n/index.ts).
import i18next from 'i18next';
import { requestsId } from './messages.id.ts';

export const REQUESTS_NS = 'requests';

async function loadEnglish(language: string) {
  if (language !== 'en' || i18next.hasResourceBundle('en', REQUESTS_NS)) return;
  const { requestsEn } = await import('./messages.en.ts');
  i18next.addResourceBundle('en', REQUESTS_NS, requestsEn);
  // Re-render what is on screen in English now that its words are here.
  await i18next.changeLanguage(language);
}

if (!i18next.hasResourceBundle('id', REQUESTS_NS)) {
  i18next.addResourceBundle('id', REQUESTS_NS, requestsId);
  void loadEnglish(i18next.language);
  i18next.on('languageChanged', (language) => void loadEnglish(language));
}
