import { useTranslation } from 'react-i18next';

/** Picks the text of the interface's language from an {id, en} pair sent by the server. */
export function useBilingual() {
  const { i18n } = useTranslation();
  return (text: { id: string; en: string }) => (i18n.language === 'en' ? text.en : text.id);
}
