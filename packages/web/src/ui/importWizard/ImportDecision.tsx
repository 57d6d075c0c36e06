import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitMode, ImportJob } from '../../api/imports.ts';
import { formatNumber } from '../format.ts';
import type { ImporterConfig } from './importerConfig.ts';
import { StepSection } from './StepSection.tsx';
import { decisionOf, stepNumber } from './wizardSteps.ts';
import '../../i18n/lazy/importWizard.ts';

interface ImportDecisionProps {
  job: ImportJob;
  config: ImporterConfig;
  busy: boolean;
  /** Why the last commit or cancel was refused, in the reader's language. */
  error: string | null;
  onCommit: (mode: CommitMode) => void;
  onCancel: () => void;
  onBack: () => void;
}

/**
 * Step 4: save every line (only when none has an error; the reason is said when it is not possible), save the
 * valid lines only (where the importer lets lines stand alone), or drop the import.
 */
export function ImportDecision({
  job,
  config,
  busy,
  error,
  onCommit,
  onCancel,
  onBack,
}: ImportDecisionProps) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [chosen, setChosen] = useState<CommitMode | null>(null);
  const choose = (mode: CommitMode) => {
    setChosen(mode);
    onCommit(mode);
  };
  const sending = (mode: CommitMode) => busy && chosen === mode;
  const { validRows, canSaveAll, offerValidOnly, canSaveValidOnly } = decisionOf(job);
  const changes = config.actions
    .filter((action) => action.tone)
    .reduce((sum, action) => sum + (job.actionCounts[action.key] ?? 0), 0);

  return (
    <StepSection
      title={`${stepNumber('decide')}. ${t('importWizard.decide.title')}`}
      testId="import-decision"
    >
      {error && (
        <p className="notice notice-error" role="alert" data-testid="import-decision-error">
          {error}
        </p>
      )}
      {canSaveAll ? (
        <p>{changes > 0 ? t('importWizard.decide.allOk') : t('importWizard.decide.nothing')}</p>
      ) : (
        <div className="notice notice-warning" id={reasonId}>
          <p>{t('importWizard.decide.allBlocked', { n: formatNumber(job.errorRows) })}</p>
          {canSaveValidOnly && <p>{t('importWizard.decide.partial', { valid: formatNumber(validRows) })}</p>}
        </div>
      )}
      {canSaveAll && job.warningRows > 0 && (
        <p>{t('importWizard.decide.warnings', { n: formatNumber(job.warningRows) })}</p>
      )}
      <div className="form-actions">
        {/* Where "save all" is blocked and the valid lines may go alone, that is the main way on. */}
        <button
          type="button"
          className={`button ${canSaveValidOnly ? 'button-secondary' : 'button-primary'}`}
          disabled={!canSaveAll || busy}
          aria-describedby={canSaveAll ? undefined : reasonId}
          onClick={() => choose('all')}
        >
          {sending('all') ? t('importWizard.decide.sending') : t('importWizard.decide.saveAll')}
        </button>
        {offerValidOnly && (
          <button
            type="button"
            className={`button ${canSaveValidOnly ? 'button-primary' : 'button-secondary'}`}
            disabled={!canSaveValidOnly || busy}
            onClick={() => choose('valid_only')}
          >
            {sending('valid_only')
              ? t('importWizard.decide.sending')
              : t('importWizard.decide.saveValid', { n: formatNumber(validRows) })}
          </button>
        )}
        <button type="button" className="button button-secondary" disabled={busy} onClick={onCancel}>
          {t('importWizard.cancel')}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={onBack}>
          {t('importWizard.decide.back')}
        </button>
      </div>
      <p className="field-hint">{t('importWizard.decide.note')}</p>
    </StepSection>
  );
}
