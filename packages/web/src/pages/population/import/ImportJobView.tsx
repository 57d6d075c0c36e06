import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelImport, commitImport } from '../../../api/imports.ts';
import type { ImportCommitResult } from '../../../api/imports.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { ProgressBar } from '../../../ui/ProgressBar.tsx';
import { ImportDecision } from './ImportDecision.tsx';
import { ImportDone } from './ImportDone.tsx';
import { ImportRowsReview } from './ImportRowsReview.tsx';
import { ImportSummary } from './ImportSummary.tsx';
import { useImportJob } from './useImportJob.ts';

interface ImportJobViewProps {
  villageCode: string;
  jobId: string;
  onRestart: () => void;
}

/** Steps 2–5 of an uploaded file: checking (progress), review and decision, saving, and the result. */
export function ImportJobView({ villageCode, jobId, onRestart }: ImportJobViewProps) {
  const { t } = useTranslation();
  const [committing, setCommitting] = useState(false);
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const job = useImportJob(villageCode, jobId, committing);

  const run = (action: () => Promise<unknown>, after?: (value: unknown) => void) => {
    setActionError(null);
    setCommitting(true);
    action().then(
      (value) => {
        after?.(value);
        setCommitting(false);
        job.reload();
      },
      (error: unknown) => {
        setCommitting(false);
        setActionError(error instanceof Error ? error.message : String(error));
        job.reload();
      },
    );
  };

  if (job.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (job.status === 'error')
    return <LoadError title={t('import.loadFailed')} error={job.error} onRetry={job.reload} />;

  const current = job.job;
  const restart = (
    <button type="button" className="button button-secondary" onClick={onRestart}>
      {t('import.restart')}
    </button>
  );

  return (
    <div className="form-stack" data-testid="import-job" data-status={current.status}>
      <p className="muted">{t('import.fileLine', { name: current.fileName })}</p>
      {actionError && (
        <p className="notice notice-error" role="alert">
          {actionError}
        </p>
      )}
      {current.status === 'validating' && (
        <section className="panel form-stack" aria-live="polite">
          <h2 className="section-title">{t('import.validating.title')}</h2>
          <ProgressBar
            label={current.totalRows > 0 ? t('import.validating.label') : t('import.validating.reading')}
            value={current.processedRows}
            max={current.totalRows}
          />
          <p className="field-hint">{t('import.validating.hint')}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => run(() => cancelImport(villageCode, jobId))}
            >
              {t('import.cancel')}
            </button>
          </div>
        </section>
      )}
      {current.status === 'ready' && !committing && (
        <>
          <ImportSummary job={current} />
          <ImportDecision
            job={current}
            onCommit={(mode) =>
              run(
                () => commitImport(villageCode, jobId, mode),
                (value) => setResult(value as ImportCommitResult),
              )
            }
            onCancel={() => run(() => cancelImport(villageCode, jobId))}
          />
          <ImportRowsReview job={current} />
        </>
      )}
      {(current.status === 'committing' || (committing && current.status === 'ready')) && (
        <section className="panel form-stack" aria-live="polite">
          <h2 className="section-title">{t('import.committing.title')}</h2>
          <ProgressBar label={t('import.committing.label')} value={0} max={0} />
          <p className="field-hint">{t('import.committing.hint')}</p>
        </section>
      )}
      {current.status === 'committed' && <ImportDone job={current} result={result} onRestart={onRestart} />}
      {current.status === 'failed' && (
        <section className="notice notice-error" role="alert">
          <p className="notice-title">{t('import.failed.title')}</p>
          <p>{current.failure ? current.failure[currentLanguage()] : t('import.failed.unknown')}</p>
          {restart}
        </section>
      )}
      {current.status === 'cancelled' && (
        <section className="notice notice-info">
          <p className="notice-title">{t('import.cancelled')}</p>
          {restart}
        </section>
      )}
    </div>
  );
}
