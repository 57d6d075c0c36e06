import './badges.css';
import { useTranslation } from 'react-i18next';
import type { ResidentStatus } from '../../../api/populationTypes.ts';

/** Resident status as a coloured badge with its word, never colour alone. */
export function StatusBadge({ status }: { status: ResidentStatus }) {
  const { t } = useTranslation();
  return <span className={`badge status-badge status-${status}`}>{t(`population.status.${status}`)}</span>;
}
