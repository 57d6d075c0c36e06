import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../../api/imports.ts';
import { formatNumber } from '../shared/format.ts';

interface ImportDecisionProps {
  job: ImportJob;
  onCommit: (mode: 'all' | 'valid_only') => void;
  onCancel: () => void;
}

/**
 * The operator decides: import everything (only when no row has an error, and the reason is said when it is
 * not possible), only the valid rows, or nothing.
 */
export function ImportDecision({ job, onCommit, onCancel }: ImportDecisionProps) {
  const { t } = useTranslation();
  const hasErrors = job.errorRows > 0;
  const validRows = job.totalRows - job.errorRows;
  const changes = job.insertRows + job.updateRows;

  return (
    <section className="panel form-stack" aria-labelledby="decision-title">
      <h2 id="decision-title" className="section-title">
        {t('import.decision.title')}
      </h2>
      {hasErrors ? (
        <p className="notice notice-warning" id="commit-all-reason">
          {t('import.decision.allBlocked', {
            n: formatNumber(job.errorRows),
            valid: formatNumber(validRows),
          })}
        </p>
      ) : (
        <p>
          {changes > 0
            ? t('import.decision.allOk', { n: formatNumber(changes) })
            : t('import.decision.nothing')}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={hasErrors}
          aria-describedby={hasErrors ? 'commit-all-reason' : undefined}
          onClick={() => onCommit('all')}
        >
          {t('import.decision.all')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={!hasErrors || validRows === 0}
          onClick={() => onCommit('valid_only')}
        >
          {t('import.decision.validOnly', { n: formatNumber(validRows) })}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
      <p className="field-hint">{t('import.decision.note')}</p>
    </section>
  );
}
