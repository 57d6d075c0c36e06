import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HouseholdImportReport } from '../../../api/householdImport.ts';
import { formatNumber } from '../shared/format.ts';
import { useRegionSearch } from '../shared/useRegionSearch.ts';

/** Applied: what was written, as the commit answered it. */
export function HouseholdImportDone({
  report,
  onRestart,
}: {
  report: HouseholdImportReport;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const search = useRegionSearch();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="notice notice-success form-stack focus-target"
      role="status"
      data-testid="household-import-done"
    >
      <p className="notice-title">{t('householdImport.done.title')}</p>
      <ul className="plain-list">
        <li>{t('householdImport.done.created', { n: formatNumber(report.households.create) })}</li>
        <li>{t('householdImport.done.updated', { n: formatNumber(report.households.update) })}</li>
        <li>{t('householdImport.done.unchanged', { n: formatNumber(report.households.unchanged) })}</li>
        <li>{t('householdImport.done.moved', { n: formatNumber(report.familiesMoved) })}</li>
      </ul>
      <div className="form-actions">
        <Link className="button button-primary" to={{ pathname: '/penduduk', search }}>
          {t('householdImport.done.toList')}
        </Link>
        <button type="button" className="button button-secondary" onClick={onRestart}>
          {t('householdImport.done.another')}
        </button>
      </div>
    </section>
  );
}
