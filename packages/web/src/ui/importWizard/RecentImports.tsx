import { useTranslation } from 'react-i18next';
import { fetchImportJobs } from '../../api/imports.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { formatDateTime, formatNumber } from '../format.ts';
import { useAsyncData } from '../useAsyncData.ts';
import type { ImporterConfig } from './importerConfig.ts';
import '../../i18n/lazy/importWizard.ts';

const SHOWN = 5;

/**
 * The village's latest imports of this importer, so one left waiting for a decision (or still running) can be
 * opened again without its address. Nothing is shown until there is one; a failed load hides the list too,
 * since the upload above works without it.
 */
export function RecentImports({
  config,
  villageCode,
  onOpen,
}: {
  config: ImporterConfig;
  villageCode: string;
  onOpen: (jobId: string) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const jobs = useAsyncData(`${villageCode}/${config.importer}`, () =>
    fetchImportJobs(villageCode, config.importer),
  );
  if (jobs.status !== 'success' || jobs.data.length === 0) return null;
  return (
    <section className="panel form-stack" aria-labelledby="recent-imports-title" data-testid="recent-imports">
      <h2 id="recent-imports-title" className="section-title">
        {t('importWizard.recent.title')}
      </h2>
      <p className="muted">{t('importWizard.recent.intro')}</p>
      <ul className="recent-imports">
        {jobs.data.slice(0, SHOWN).map((job) => (
          <li key={job.id} className="recent-import">
            <span className="recent-import-file">
              <strong>{job.fileName}</strong>
              <span className="muted">
                {formatDateTime(job.createdAt, language)} ·{' '}
                {t('importWizard.recent.rows', { n: formatNumber(job.totalRows) })}
              </span>
            </span>
            <span className={`badge import-status import-status-${job.status}`}>
              {t(`importWizard.recent.status.${job.status}`)}
            </span>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => onOpen(job.id)}
            >
              {t('importWizard.recent.open')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
