// The request pages' own i18n namespace ("requests"), added when their chunk loads.
import i18next from 'i18next';
import { requestsEn } from './messages.en.ts';
import { requestsId } from './messages.id.ts';

export const REQUESTS_NS = 'requests';

if (!i18next.hasResourceBundle('id', REQUESTS_NS)) {
  i18next.addResourceBundle('id', REQUESTS_NS, requestsId);
  i18next.addResourceBundle('en', REQUESTS_NS, requestsEn);
}
