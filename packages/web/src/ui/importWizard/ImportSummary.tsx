import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../api/imports.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { formatNumber } from '../format.ts';
import type { ImporterConfig } from './importerConfig.ts';
import '../../i18n/lazy/importWizard.ts';

/**
 * What the check found: the lines read, what they would do in the importer's words (new, changed,
 * unchanged …), how many have errors or notes, and how the file was read (which sheet, when several fit).
 */
export function ImportSummary({ job, config }: { job: ImportJob; config: ImporterConfig }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const items: [string, number, string][] = [
    ...config.actions.map(({ key, label, tone }): [string, number, string] => [
      label,
      job.actionCounts[key] ?? 0,
      tone ? `stat-${tone}` : '',
    ]),
    [t('importWizard.review.errors'), job.errorRows, job.errorRows > 0 ? 'stat-error' : ''],
    [t('importWizard.review.warnings'), job.warningRows, job.warningRows > 0 ? 'stat-warning' : ''],
  ];
  return (
    <div className="form-stack" data-testid="import-summary">
      <p className="import-summary-title">
        {t('importWizard.review.summary', { n: formatNumber(job.totalRows) })}
      </p>
      <dl className="stats">
        {items.map(([label, value, className]) => (
          <div className={`stat ${className}`} key={label}>
            <dt>{label}</dt>
            <dd>{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>
      {job.issueCounts.length > 0 && (
        <div className="notice notice-info" data-testid="import-issue-counts">
          <p className="notice-title">{t('importWizard.review.issueCounts')}</p>
          <ul className="plain-list">
            {job.issueCounts.map((issue) => (
              <li key={issue.code} className={issue.level === 'error' ? 'stat-error' : 'stat-warning'}>
                {t('importWizard.review.issueCount', {
                  n: formatNumber(issue.lines),
                  message: issue.message[language],
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {job.notes.length > 0 && (
        <div className="notice notice-info" data-testid="import-notes">
          <p className="notice-title">{t('importWizard.review.notes')}</p>
          <ul className="plain-list">
            {job.notes.map((note, index) => (
              <li key={index}>{note[language]}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
