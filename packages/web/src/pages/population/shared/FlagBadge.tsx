import './badges.css';
import { useTranslation } from 'react-i18next';

/** "Perlu verifikasi": the record was kept but something in it needs checking against the documents. */
export function FlagBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <span className="badge flag-badge" title={t('population.flags.badgeTitle')}>
      {t('population.flags.badge')}
    </span>
  );
}
