import { useTranslation } from 'react-i18next';
import { useAppConfig } from '../config/ConfigContext.ts';

/**
 * Deliberately not dismissable: screenshots of synthetic data must never be mistaken for real
 * population data, so the warning stays on every page.
 */
export function DemoDataBanner() {
  const { t } = useTranslation();
  const config = useAppConfig();
  if (!config?.demoData) return null;
  return (
    <div className="demo-banner" role="note">
      <strong>{t('demoBanner')}</strong>
    </div>
  );
}
