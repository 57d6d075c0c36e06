import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../../api/imports.ts';
import { formatNumber } from '../shared/format.ts';

/** What the file would do: new, changed and unchanged residents, and how many rows have errors or warnings. */
export function ImportSummary({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const items: [string, number, string][] = [
    [t('import.summary.insert'), job.insertRows, 'stat-insert'],
    [t('import.summary.update'), job.updateRows, 'stat-update'],
    [t('import.summary.unchanged'), job.unchangedRows, ''],
    [t('import.summary.errors'), job.errorRows, job.errorRows > 0 ? 'stat-error' : ''],
    [t('import.summary.warnings'), job.warningRows, job.warningRows > 0 ? 'stat-warning' : ''],
  ];
  return (
    <section className="panel" aria-labelledby="import-summary-title" data-testid="import-summary">
      <h2 id="import-summary-title" className="section-title">
        {t('import.summary.title', { n: formatNumber(job.totalRows) })}
      </h2>
      <dl className="stats">
        {items.map(([label, value, className]) => (
          <div className={`stat ${className}`} key={label}>
            <dt>{label}</dt>
            <dd>{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
