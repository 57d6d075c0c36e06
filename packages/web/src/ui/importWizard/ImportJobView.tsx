import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppConfig } from '../../config/ConfigContext.ts';
import { ApiError } from '../../api/client.ts';
import { cancelImport, commitImport, type CommitMode, type ImportJob } from '../../api/imports.ts';
import { currentLanguage } from '../../i18n/index.ts';
import type { Language } from '../../i18n/language.ts';
import { LoadError } from '../LoadError.tsx';
import { ProgressBar } from '../ProgressBar.tsx';
import { ImportDecision } from './ImportDecision.tsx';
import type { ImporterConfig } from './importerConfig.ts';
import { ImportResult } from './ImportResult.tsx';
import { ImportRows } from './ImportRows.tsx';
import { ImportSummary } from './ImportSummary.tsx';
import { StepSection } from './StepSection.tsx';
import { useImportJob } from './useImportJob.ts';
import { progressOf, wizardView, stepNumber } from './wizardSteps.ts';
import { WizardSteps } from './WizardSteps.tsx';
import '../../i18n/lazy/importWizard.ts';

/** A refused commit or cancel: the problem's message, and its `reason` (IMPORT_HAS_ERRORS …) when it has one. */
function refusal(error: unknown, language: Language): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const reason = (error.body as { reason?: { id?: unknown; en?: unknown } }).reason;
  const said = reason?.[language];
  return typeof said === 'string' && said.trim() !== '' ? `${error.message} ${said}` : error.message;
}

function JobProgress({
  job,
  title,
  hint,
  children,
}: {
  job: ImportJob;
  title: string;
  hint: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const phase = job.phase ?? 'queued';
  const { value, max } = progressOf(job);
  return (
    <StepSection title={title} testId="import-progress" live>
      <div data-phase={phase}>
        <ProgressBar label={t(`importWizard.checking.phases.${phase}`)} value={value} max={max} />
      </div>
      <p className="field-hint">{hint}</p>
      {children}
    </StepSection>
  );
}

interface ImportJobViewProps {
  villageCode: string;
  jobId: string;
  config: ImporterConfig;
  onRestart: () => void;
}

/** Steps 2–5 of an uploaded file: checking, review, decision, saving, and the result. */
export function ImportJobView({ villageCode, jobId, config, onRestart }: ImportJobViewProps) {
  const { t } = useTranslation();
  const appConfig = useAppConfig();
  const language = currentLanguage();
  const job = useImportJob(villageCode, jobId);
  const [deciding, setDeciding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  const act = (action: () => Promise<ImportJob>) => {
    setBusy(true);
    setActionError(null);
    action().then(
      (next) => {
        setBusy(false);
        job.follow(next);
      },
      (error: unknown) => {
        setBusy(false);
        setActionError(refusal(error, language));
        job.follow();
      },
    );
  };
  const commit = (mode: CommitMode) => act(() => commitImport(villageCode, jobId, mode));
  const cancel = () => act(() => cancelImport(villageCode, jobId));

  const restart = (
    <button type="button" className="button button-secondary" onClick={onRestart}>
      {t('importWizard.restart')}
    </button>
  );
  if (job.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (job.status === 'error') {
    // A lost connection is retried; an import of another village (the region changed) is left for a new one.
    return (
      <div className="form-stack">
        <LoadError title={t('importWizard.loadFailed')} error={job.error} onRetry={() => job.follow()} />
        <div>{restart}</div>
      </div>
    );
  }

  const current = job.job;
  const view = wizardView(current, deciding);
  const cancelButton = (
    <div className="form-actions">
      <button type="button" className="button button-secondary" disabled={busy} onClick={cancel}>
        {t('importWizard.cancel')}
      </button>
    </div>
  );

  return (
    <div className="form-stack" data-testid="import-job" data-status={current.status}>
      <WizardSteps view={view} />
      <p className="muted import-file-line">
        {t('importWizard.fileLine', { name: current.fileName })}
        {current.sheetName && ` · ${t('importWizard.sheetLine', { sheet: current.sheetName })}`}
      </p>
      {view.step !== 'decide' && actionError && (
        <p className="notice notice-error" role="alert">
          {actionError}
        </p>
      )}
      {view.step === 'checking' && (
        <JobProgress
          job={current}
          title={`${stepNumber('checking')}. ${t('importWizard.checking.title')}`}
          hint={t('importWizard.checking.hint')}
        >
          {cancelButton}
        </JobProgress>
      )}
      {view.step === 'review' && (
        <StepSection
          title={`${stepNumber('review')}. ${t('importWizard.review.title')}`}
          testId="import-review"
        >
          <ImportSummary job={current} config={config} />
          <ImportRows job={current} config={config} />
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setActionError(null);
                setDeciding(true);
              }}
            >
              {t('importWizard.review.next')}
            </button>
            <button type="button" className="button button-secondary" disabled={busy} onClick={cancel}>
              {t('importWizard.cancel')}
            </button>
          </div>
        </StepSection>
      )}
      {view.step === 'decide' && (
        <ImportDecision
          job={current}
          config={config}
          busy={busy}
          error={actionError}
          onCommit={commit}
          onCancel={cancel}
          onBack={() => setDeciding(false)}
        />
      )}
      {view.step === 'saving' && (
        <JobProgress
          job={current}
          title={`${stepNumber('saving')}. ${t('importWizard.saving.title')}`}
          hint={t('importWizard.saving.hint')}
        />
      )}
      {view.step === 'saving' && appConfig?.embeddedDatabase && (
        <p className="muted" data-testid="import-embedded-note">
          {t('importWizard.saving.embedded')}
        </p>
      )}
      {view.step === 'done' && <ImportResult job={current} config={config} onRestart={onRestart} />}
      {view.step === 'failed' && (
        <section className="notice notice-error form-stack" role="alert" data-testid="import-failed">
          <p className="notice-title">{t('importWizard.failed.title')}</p>
          <p>{current.failure ? current.failure[language] : t('importWizard.failed.unknown')}</p>
          <div>{restart}</div>
        </section>
      )}
      {view.step === 'cancelled' && (
        <section className="notice notice-info form-stack" data-testid="import-cancelled">
          <p className="notice-title">{t('importWizard.cancelled')}</p>
          <div>{restart}</div>
        </section>
      )}
    </div>
  );
}
