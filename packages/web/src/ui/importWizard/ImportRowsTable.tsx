import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../api/imports.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { formatDate } from '../format.ts';
import type { ImporterConfig } from './importerConfig.ts';
import '../../i18n/lazy/importWizard.ts';

export type RowKind = 'errors' | 'warnings' | 'changes';

const show = (value: string | number | null) => (value === null || value === '' ? '—' : String(value));
const headerAsWritten = (field: string): ReactNode => <code>{field}</code>;

/** The first two cells of a line: its number in the spreadsheet, and whose line it is (identifiers masked). */
function LineCells({ row, config }: { row: ImportRow; config: ImporterConfig }) {
  const { t } = useTranslation();
  const nothing = !row.name && !row.identifierMasked && !row.secondaryMasked;
  return (
    <>
      <th scope="row" className="cell-title">
        {t('importWizard.rows.lineNo', { n: row.lineNo })}
      </th>
      <td data-label={config.subjectHeader}>
        <span className="import-subject">
          {row.name && <span className="import-subject-name">{row.name}</span>}
          {row.identifierMasked && (
            <span className="mono" data-testid="import-subject-identifier">
              {row.identifierMasked}
              {/* The birth date the line gives, beside the masked NIK: together they tell lines apart. */}
              {row.birthDate && (
                <span className="muted">
                  {' · '}
                  {t('importWizard.rows.born', { date: formatDate(row.birthDate, currentLanguage()) })}
                </span>
              )}
            </span>
          )}
          {row.secondaryMasked && (
            <span className="mono muted">
              {config.secondaryLabel && `${config.secondaryLabel} `}
              {row.secondaryMasked}
            </span>
          )}
          {nothing && '—'}
        </span>
      </td>
    </>
  );
}

/**
 * One page of lines: for errors and notes one table row per problem (which column, and what to fix); for
 * changes one per line (what it will do, and each changed field old → new).
 */
export function ImportRowsTable({
  rows,
  kind,
  config,
}: {
  rows: readonly ImportRow[];
  kind: RowKind;
  config: ImporterConfig;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const fieldLabel = config.fieldLabel ?? headerAsWritten;
  const actionLabel = (action: string | null) =>
    config.actions.find((entry) => entry.key === action)?.label ?? action ?? '—';
  const columns =
    kind === 'changes'
      ? [t('importWizard.rows.action'), t('importWizard.rows.details')]
      : [t('importWizard.rows.column'), t('importWizard.rows.reason')];

  return (
    <table className="data-table responsive-table import-table">
      <caption className="visually-hidden">{t(`importWizard.rows.${kind}`)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('importWizard.rows.line')}</th>
          <th scope="col">{config.subjectHeader}</th>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {kind === 'changes'
          ? rows.map((row) => (
              <tr key={row.lineNo}>
                <LineCells row={row} config={config} />
                <td data-label={columns[0]}>
                  <span className={`badge import-action-${row.action ?? 'none'}`}>
                    {actionLabel(row.action)}
                  </span>
                </td>
                <td data-label={columns[1]}>
                  {row.changes && row.changes.length > 0 ? (
                    <ul className="change-list">
                      {row.changes.map((change) => (
                        <li key={change.field}>
                          {fieldLabel(change.field)}: {show(change.from)} → <strong>{show(change.to)}</strong>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            ))
          : rows.flatMap((row) =>
              row[kind].map((issue, index) => (
                <tr
                  key={`${row.lineNo}-${index}`}
                  className={kind === 'errors' ? 'row-error' : 'row-warning'}
                >
                  <LineCells row={row} config={config} />
                  <td data-label={columns[0]}>{issue.field ? fieldLabel(issue.field) : '—'}</td>
                  <td data-label={columns[1]}>{issue.message[language]}</td>
                </tr>
              )),
            )}
      </tbody>
    </table>
  );
}
