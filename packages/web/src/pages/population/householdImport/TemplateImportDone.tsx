import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../shared/format.ts';
import { useRegionSearch } from '../shared/useRegionSearch.ts';
import type { ImportReport } from './importReport.ts';
import type { ExtraCount } from './TemplateImportReview.tsx';

/** Applied: what was written, as the commit answered it, and where to look at it. */
export function TemplateImportDone({
  report,
  title,
  extra = [],
  next,
  testId,
  onRestart,
}: {
  report: ImportReport;
  title: string;
  extra?: readonly ExtraCount[];
  /** The list the result shows in. */
  next: { pathname: string; label: string };
  testId: string;
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
      data-testid={`${testId}-done`}
    >
      <p className="notice-title">{title}</p>
      <ul className="plain-list">
        <li>{t('householdImport.done.created', { n: formatNumber(report.households.create) })}</li>
        <li>{t('householdImport.done.updated', { n: formatNumber(report.households.update) })}</li>
        <li>{t('householdImport.done.unchanged', { n: formatNumber(report.households.unchanged) })}</li>
        {extra.map(({ done }) => (
          <li key={done}>{done}</li>
        ))}
      </ul>
      <div className="form-actions">
        <Link className="button button-primary" to={{ pathname: next.pathname, search }}>
          {next.label}
        </Link>
        <button type="button" className="button button-secondary" onClick={onRestart}>
          {t('householdImport.done.another')}
        </button>
      </div>
    </section>
  );
}
