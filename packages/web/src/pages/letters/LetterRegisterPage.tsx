import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchRegister, registerPdfUrl, registerXlsxUrl } from '../../api/lettersAdmin.ts';
import { levelOfCode } from '../../regions/regionCodes.ts';
import { useRegionSearch } from '../../regions/useRegionSearch.ts';
import { useRegionTitle } from '../../regions/useRegionTitle.ts';
import { useSelectedRegion } from '../../regions/useSelectedRegion.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { formatDate } from '../../ui/format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useAsyncData } from '../../ui/useAsyncData.ts';
import './letters.css';
import '../../i18n/lazy/lettersAdmin.ts';

/** Buku agenda surat keluar: the village's outgoing letters of a year, voided ones marked, with exports. */
export function LetterRegisterPage() {
  const { t } = useTranslation();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const search = useRegionSearch();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const isVillage = levelOfCode(code) === 'village';
  const book = useAsyncData(isVillage ? `${code}/${year}` : null, () => fetchRegister(code, year));
  const years = Array.from({ length: 6 }, (_, index) => thisYear - index);

  return (
    <div className="page letters-page" data-testid="letter-register-page">
      <BackLink to={`/surat${search}`} label={t('letters.list.title')} />
      <div className="page-header letters-page-header">
        <div>
          <h1 className="page-title">{t('lettersAdmin.register.heading')}</h1>
          <p className="page-subtitle">
            {t('lettersAdmin.register.subtitle', { region: regionTitle, year })}
          </p>
        </div>
        {isVillage && (
          <div className="action-buttons">
            <label>
              {t('lettersAdmin.register.year')}{' '}
              <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
                {years.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {candidate}
                  </option>
                ))}
              </select>
            </label>
            <a className="button button-secondary" href={registerXlsxUrl(code, year)}>
              {t('lettersAdmin.register.xlsx')}
            </a>
            <a className="button button-secondary" href={registerPdfUrl(code, year)}>
              {t('lettersAdmin.register.pdf')}
            </a>
          </div>
        )}
      </div>
      <section className="panel">
        {!isVillage ? (
          <p className="notice notice-info">{t('letters.list.chooseVillage')}</p>
        ) : book.status === 'error' ? (
          <LoadError title={t('lettersAdmin.register.loadFailed')} error={book.error} onRetry={book.reload} />
        ) : book.status === 'loading' ? (
          <p className="muted">{t('app.loading')}</p>
        ) : book.data.entries.length === 0 ? (
          <p className="muted">{t('lettersAdmin.register.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table responsive-table">
              <caption className="visually-hidden">{t('lettersAdmin.register.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('lettersAdmin.register.no')}</th>
                  <th scope="col">{t('lettersAdmin.register.number')}</th>
                  <th scope="col">{t('lettersAdmin.register.date')}</th>
                  <th scope="col">{t('lettersAdmin.register.type')}</th>
                  <th scope="col">{t('lettersAdmin.register.subject')}</th>
                  <th scope="col">{t('lettersAdmin.register.signer')}</th>
                  <th scope="col">{t('lettersAdmin.register.remark')}</th>
                </tr>
              </thead>
              <tbody>
                {book.data.entries.map((entry) => (
                  <tr
                    key={entry.no}
                    data-testid="register-row"
                    className={entry.status === 'void' ? 'row-void' : undefined}
                  >
                    <td data-label={t('lettersAdmin.register.no')}>{entry.no}</td>
                    <th scope="row" className="letter-number">
                      {entry.number}
                    </th>
                    <td data-label={t('lettersAdmin.register.date')}>
                      {formatDate(entry.letterDate, currentLanguage())}
                    </td>
                    <td data-label={t('lettersAdmin.register.type')}>{entry.typeName}</td>
                    <td data-label={t('lettersAdmin.register.subject')}>{entry.subjectName}</td>
                    <td data-label={t('lettersAdmin.register.signer')}>{entry.signer}</td>
                    <td data-label={t('lettersAdmin.register.remark')}>
                      {entry.status === 'void' && (
                        <span className="badge badge-danger">
                          {t('lettersAdmin.register.void', { reason: entry.voidReason ?? '' })}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
