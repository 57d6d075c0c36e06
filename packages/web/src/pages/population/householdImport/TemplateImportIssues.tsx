import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/index.ts';
import { Pagination } from '../../../ui/Pagination.tsx';
import { issueMessage, issuesByLine, type ImportIssue } from './importReport.ts';

const PAGE = 50;

const headerAsWritten = (field: string): ReactNode => <code>{field.toUpperCase()}</code>;

/**
 * Every problem of the file, by spreadsheet line: which line (and whose row: a masked NIK or KK), error or
 * warning, which column, and why.
 */
export function TemplateImportIssues<I extends ImportIssue>({
  issues,
  caption,
  identifier,
  fieldLabel = headerAsWritten,
  testId,
}: {
  issues: readonly I[];
  caption: string;
  /** The row's masked identifier (NIK or KK), shown after its line number. */
  identifier: (issue: I) => string | null | undefined;
  /** How the column is named in the table; the header as written in the file by default. */
  fieldLabel?: (field: string) => ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const titleId = useId();
  const [offset, setOffset] = useState(0);
  const sorted = issuesByLine(issues);

  return (
    <section className="panel form-stack" aria-labelledby={titleId} data-testid={`${testId}-issues`}>
      <h2 id={titleId} className="section-title">
        {t('householdImport.issues.title')}
      </h2>
      {sorted.length === 0 ? (
        <p className="muted">{t('householdImport.issues.none')}</p>
      ) : (
        <>
          <table className="data-table responsive-table import-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('householdImport.issues.line')}</th>
                <th scope="col">{t('householdImport.issues.level')}</th>
                <th scope="col">{t('householdImport.issues.column')}</th>
                <th scope="col">{t('householdImport.issues.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.slice(offset, offset + PAGE).map((issue, index) => {
                const who = identifier(issue);
                return (
                  <tr
                    key={`${issue.lineNo}-${issue.code}-${offset + index}`}
                    className={issue.level === 'error' ? 'row-error' : 'row-warning'}
                  >
                    <th scope="row" className="cell-title">
                      {issue.lineNo === 0
                        ? t('householdImport.issues.wholeFile')
                        : t('householdImport.issues.lineNo', { n: issue.lineNo })}
                      {who && <span className="mono muted issue-identifier"> · {who}</span>}
                    </th>
                    <td data-label={t('householdImport.issues.level')}>
                      <span className={`badge issue-${issue.level}`}>
                        {t(`householdImport.issues.${issue.level}`)}
                      </span>
                    </td>
                    <td data-label={t('householdImport.issues.column')}>
                      {issue.field ? fieldLabel(issue.field) : '—'}
                    </td>
                    <td data-label={t('householdImport.issues.reason')}>{issueMessage(issue, language)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Pagination total={sorted.length} limit={PAGE} offset={offset} onChange={setOffset} />
        </>
      )}
    </section>
  );
}
