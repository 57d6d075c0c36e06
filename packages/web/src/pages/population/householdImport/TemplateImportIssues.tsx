import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdImportIssue } from '../../../api/householdImport.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { Pagination } from '../../../ui/Pagination.tsx';
import { issueMessage, issuesByLine } from './rtmReport.ts';

const PAGE = 50;

/** Every problem of the file, by spreadsheet line: which line, error or warning, which column, and why. */
export function HouseholdImportIssues({ issues }: { issues: HouseholdImportIssue[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [offset, setOffset] = useState(0);
  const sorted = issuesByLine(issues);

  return (
    <section
      className="panel form-stack"
      aria-labelledby="rtm-issues-title"
      data-testid="household-import-issues"
    >
      <h2 id="rtm-issues-title" className="section-title">
        {t('householdImport.issues.title')}
      </h2>
      {sorted.length === 0 ? (
        <p className="muted">{t('householdImport.issues.none')}</p>
      ) : (
        <>
          <table className="data-table responsive-table import-table">
            <caption className="visually-hidden">{t('householdImport.issues.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('householdImport.issues.line')}</th>
                <th scope="col">{t('householdImport.issues.level')}</th>
                <th scope="col">{t('householdImport.issues.column')}</th>
                <th scope="col">{t('householdImport.issues.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.slice(offset, offset + PAGE).map((issue, index) => (
                <tr
                  key={`${issue.lineNo}-${issue.code}-${offset + index}`}
                  className={issue.level === 'error' ? 'row-error' : 'row-warning'}
                >
                  <th scope="row" className="cell-title">
                    {issue.lineNo === 0
                      ? t('householdImport.issues.wholeFile')
                      : t('householdImport.issues.lineNo', { n: issue.lineNo })}
                    {issue.nikMasked && <span className="mono muted issue-nik"> · {issue.nikMasked}</span>}
                  </th>
                  <td data-label={t('householdImport.issues.level')}>
                    <span className={`badge issue-${issue.level}`}>
                      {t(`householdImport.issues.${issue.level}`)}
                    </span>
                  </td>
                  <td data-label={t('householdImport.issues.column')}>
                    {issue.field ? <code>{issue.field.toUpperCase()}</code> : '—'}
                  </td>
                  <td data-label={t('householdImport.issues.reason')}>{issueMessage(issue, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination total={sorted.length} limit={PAGE} offset={offset} onChange={setOffset} />
        </>
      )}
    </section>
  );
}
