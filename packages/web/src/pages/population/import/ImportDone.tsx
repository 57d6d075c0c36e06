import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportCommitResult, ImportJob } from '../../../api/imports.ts';
import { formatNumber } from '../shared/format.ts';
import { useRegionSearch } from '../shared/useRegionSearch.ts';

/** Saved: what was written (from the commit answer, or the job's counts after a reload). */
export function ImportDone({
  job,
  result,
  onRestart,
}: {
  job: ImportJob;
  result: ImportCommitResult | null;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const search = useRegionSearch();
  const counts = result ?? {
    inserted: job.insertRows,
    updated: job.updateRows,
    unchanged: job.unchangedRows,
    skipped: null,
  };
  return (
    <section className="notice notice-success form-stack" role="status" data-testid="import-done">
      <p className="notice-title">{t('import.done.title')}</p>
      <ul className="plain-list">
        <li>{t('import.done.inserted', { n: formatNumber(counts.inserted) })}</li>
        <li>{t('import.done.updated', { n: formatNumber(counts.updated) })}</li>
        <li>{t('import.done.unchanged', { n: formatNumber(counts.unchanged) })}</li>
        {counts.skipped !== null && counts.skipped > 0 && (
          <li>{t('import.done.skipped', { n: formatNumber(counts.skipped) })}</li>
        )}
      </ul>
      <div className="form-actions">
        <Link className="button button-primary" to={{ pathname: '/penduduk', search }}>
          {t('import.done.toList')}
        </Link>
        <button type="button" className="button button-secondary" onClick={onRestart}>
          {t('import.done.another')}
        </button>
      </div>
    </section>
  );
}
