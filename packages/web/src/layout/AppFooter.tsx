import { useTranslation } from 'react-i18next';
import { useAppConfig } from '../config/ConfigContext.ts';

export function AppFooter() {
  const { t } = useTranslation();
  const config = useAppConfig();
  return (
    <footer className="app-footer">
      <span>
        {t('app.name')} · {t('app.subtitle')}
      </span>
      <span>
        {t('app.openSource')}
        {config ? ` · ${t('app.version', { version: config.version })}` : ''}
      </span>
    </footer>
  );
}
