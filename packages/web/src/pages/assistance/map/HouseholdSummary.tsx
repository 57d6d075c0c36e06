import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { decileColour } from './mapMetrics.ts';
import '../../../i18n/lazy/povertyMap.ts';

/** A household as the map shows it: decile (with its colour), programs, incomplete data. */
export function HouseholdBadges({
  decile,
  programs,
  incomplete,
}: {
  decile: number | null;
  programs: readonly string[];
  incomplete: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <span className="decile-badge">
        <span className="choropleth-swatch" style={{ background: decileColour(decile) }} aria-hidden="true" />
        {decile === null ? t('povertyMap.household.unranked') : t('povertyMap.household.decile', { decile })}
      </span>{' '}
      <span>{programs.length === 0 ? t('povertyMap.household.noPrograms') : programs.join(', ')}</span>
      {incomplete && <span className="badge badge-warning">{t('povertyMap.household.incomplete')}</span>}
    </>
  );
}

/** The household page (its registry record, welfare facts and enrolments). */
export const householdPath = (village: string, id: string) => `/rumah-tangga/${village}/${id}`;

export function HouseholdLink({ village, id, label }: { village: string; id: string; label: string }) {
  return (
    <Link className="button button-secondary button-small" to={householdPath(village, id)}>
      {label}
    </Link>
  );
}
