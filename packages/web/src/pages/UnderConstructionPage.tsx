import { useTranslation } from 'react-i18next';
import { HomeLink } from '../ui/HomeLink.tsx';
import type { Messages } from '../i18n/id.ts';

/** Honest placeholder for modules that are planned but not built yet. */
export function UnderConstructionPage({ labelKey }: { labelKey: keyof Messages['nav'] }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <section className="panel status-page" data-testid="under-construction">
        <h1 className="page-title">{t('underConstruction.title')}</h1>
        <p>{t('underConstruction.body', { module: t(`nav.${labelKey}`) })}</p>
        <HomeLink />
      </section>
    </div>
  );
}
