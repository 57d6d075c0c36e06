import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../shared/format.ts';
import { summariseReport, type ImportReport } from './importReport.ts';

/** A count an import reports beyond the households it creates, changes and leaves (RTM: KK moved). */
export interface ExtraCount {
  /** Label in the check's summary ("KK pindah rumah tangga"). */
  label: string;
  /** Sentence after applying ("3 KK pindah rumah tangga …"). */
  done: string;
  value: number;
}

/** What the file would do: rows, households created/changed/unchanged, any extra count, errors, warnings. */
export function TemplateImportSummary({
  report,
  extra = [],
  testId,
}: {
  report: ImportReport;
  extra?: readonly ExtraCount[];
  testId: string;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const { errors, warnings } = summariseReport(report);
  const items: [string, number, string][] = [
    [t('householdImport.summary.create'), report.households.create, 'stat-insert'],
    [t('householdImport.summary.update'), report.households.update, 'stat-update'],
    [t('householdImport.summary.unchanged'), report.households.unchanged, ''],
    ...extra.map(({ label, value }): [string, number, string] => [label, value, 'stat-update']),
    [t('householdImport.summary.errors'), errors, errors > 0 ? 'stat-error' : ''],
    [t('householdImport.summary.warnings'), warnings, warnings > 0 ? 'stat-warning' : ''],
  ];

  // The form the operator used is gone; bring them to what replaced it.
  useEffect(() => titleRef.current?.focus(), []);

  return (
    <section className="panel" aria-labelledby={titleId} data-testid={`${testId}-summary`}>
      <h2 id={titleId} className="section-title focus-target" ref={titleRef} tabIndex={-1}>
        {t('householdImport.summary.title', { n: formatNumber(report.rows) })}
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

interface DecisionProps {
  report: ImportReport;
  applying: boolean;
  /** The server refused the commit with a fresh report (the data changed after the check). */
  refused: boolean;
  error: string | null;
  onApply: () => void;
  onRestart: () => void;
  testId: string;
}

/** Step 2: apply (only a file without errors; the reason is said when it is not possible) or start over. */
export function TemplateImportDecision(props: DecisionProps) {
  const { report, applying, refused, error, onApply, onRestart, testId } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const reasonId = useId();
  const { errors, warnings, changes, canApply } = summariseReport(report);

  return (
    <section className="panel form-stack" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {t('householdImport.decision.title')}
      </h2>
      {refused && (
        <p className="notice notice-error" role="alert">
          {t('householdImport.decision.changedSince')}
        </p>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {canApply ? (
        <p>{t(changes > 0 ? 'householdImport.decision.ready' : 'householdImport.decision.nothing')}</p>
      ) : (
        <p className="notice notice-warning" id={reasonId}>
          {t('householdImport.decision.blocked', { n: formatNumber(errors) })}
        </p>
      )}
      {canApply && warnings > 0 && (
        <p>{t('householdImport.decision.warnings', { n: formatNumber(warnings) })}</p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={!canApply || applying}
          aria-describedby={canApply ? undefined : reasonId}
          onClick={onApply}
          data-testid={`${testId}-apply`}
        >
          {applying ? t('householdImport.decision.applying') : t('householdImport.decision.apply')}
        </button>
        <button type="button" className="button button-secondary" disabled={applying} onClick={onRestart}>
          {t('householdImport.decision.another')}
        </button>
      </div>
      <p className="field-hint">{t('householdImport.decision.note')}</p>
    </section>
  );
}
