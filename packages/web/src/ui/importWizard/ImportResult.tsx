import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportJob } from '../../api/imports.ts';
import { useRegionSearch } from '../../regions/useRegionSearch.ts';
import { formatNumber } from '../format.ts';
import type { ImporterConfig } from './importerConfig.ts';
import { StepSection } from './StepSection.tsx';
import { skippedRows } from './wizardSteps.ts';
import '../../i18n/lazy/importWizard.ts';

/** Saved: what the commit wrote, in the importer's words, and where to look at it. */
export function ImportResult({
  job,
  config,
  onRestart,
}: {
  job: ImportJob;
  config: ImporterConfig;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const search = useRegionSearch();
  const skipped = skippedRows(job);
  return (
    <StepSection title={t('importWizard.done.title')} testId="import-done">
      <div className="notice notice-success" role="status">
        <ul className="plain-list">
          {config.results.map(({ key, label }) => (
            <li key={key}>{label(formatNumber(job.result?.[key] ?? 0))}</li>
          ))}
          {skipped > 0 && <li>{t('importWizard.done.skipped', { n: formatNumber(skipped) })}</li>}
        </ul>
      </div>
      <div className="form-actions">
        <Link className="button button-primary" to={{ pathname: config.next.pathname, search }}>
          {config.next.label}
        </Link>
        <button type="button" className="button button-secondary" onClick={onRestart}>
          {t('importWizard.done.another')}
        </button>
      </div>
    </StepSection>
  );
}
