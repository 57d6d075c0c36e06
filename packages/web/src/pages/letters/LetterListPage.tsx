import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { fetchLetters, letterPdfUrl, voidLetter, type IssuedLetter } from '../../api/letters.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { levelOfCode } from '../../regions/regionCodes.ts';
import { useRegionSearch } from '../../regions/useRegionSearch.ts';
import { useRegionTitle } from '../../regions/useRegionTitle.ts';
import { useSelectedRegion } from '../../regions/useSelectedRegion.ts';
import { formatDate } from '../../ui/format.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { ReasonDialog } from '../../ui/ReasonDialog.tsx';
import { useAsyncData } from '../../ui/useAsyncData.ts';
import './letters.css';
import '../../i18n/lazy/lettersAdmin.ts';

const LIMIT = 25;

/** Surat: the village's issued letters, newest first, with their PDF and voiding (a reason, kept number). */
export function LetterListPage() {
  const { t } = useTranslation();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const search = useRegionSearch();
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const isVillage = levelOfCode(code) === 'village';
  const query = new URLSearchParams({ limit: String(LIMIT), offset: String(offset) });
  const result = useAsyncData(isVillage ? `${code}?${query.toString()}` : null, () =>
    fetchLetters(code, query),
  );
  const [voiding, setVoiding] = useState<IssuedLetter | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const language = currentLanguage();

  return (
    <div className="page letters-page" data-testid="letter-list-page">
      <header className="letters-page-header">
        <div className="page-header">
          <h1 className="page-title">{t('letters.list.title')}</h1>
          <p className="page-subtitle">{t('letters.list.subtitle', { region: regionTitle })}</p>
          <p className="field-hint">{t('letters.list.issueHint')}</p>
        </div>
        <div className="letters-admin-links">
          <Link className="button button-secondary" to={{ pathname: '/surat/jenis', search }}>
            {t('letters.list.types')}
          </Link>
          <Link className="button button-secondary" to={{ pathname: '/surat/perangkat', search }}>
            {t('lettersAdmin.links.officials')}
          </Link>
          <Link className="button button-secondary" to={{ pathname: '/surat/agenda', search }}>
            {t('lettersAdmin.links.register')}
          </Link>
        </div>
        <Link className="button button-secondary" to={{ pathname: '/surat/jenis', search }}>
          {t('letters.list.types')}
        </Link>
        <Link className="button button-secondary" to={{ pathname: '/surat/permohonan', search }}>
          {t('letters.list.requests')}
        </Link>
      </header>
      {notice && (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      )}
      <section className="panel" aria-busy={result.status === 'loading'}>
        {!isVillage ? (
          <p className="notice notice-info">{t('letters.list.chooseVillage')}</p>
        ) : result.status === 'error' ? (
          <LoadError title={t('letters.list.loadFailed')} error={result.error} onRetry={result.reload} />
        ) : result.status === 'loading' ? (
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        ) : result.data.items.length === 0 ? (
          <p className="notice notice-info" data-testid="no-letters">
            {t('letters.list.empty')}
          </p>
        ) : (
          <>
            <ul className="letter-list" aria-label={t('letters.list.caption')}>
              {result.data.items.map((letter) => (
                <li key={letter.id} className="letter-item" data-testid="letter-row">
                  <div className="letter-item-main">
                    <span className="letter-number">{letter.number}</span>
                    <span className={`letter-status letter-status-${letter.status}`}>
                      {letter.status === 'void' ? t('letters.list.void') : t('letters.list.issued')}
                    </span>
                  </div>
                  <div className="letter-item-type">{letter.letterTypeName}</div>
                  <div className="letter-item-meta">
                    {formatDate(letter.letterDate, language)} · {letter.subject.name} ({letter.subject.nik}) ·{' '}
                    {letter.signer.name}
                  </div>
                  {letter.voidReason && <div className="field-hint">{letter.voidReason}</div>}
                  <div className="action-buttons">
                    <a
                      className="button button-secondary"
                      href={letterPdfUrl(code, letter.id)}
                      target="_blank"
                      rel="noreferrer"
                    >
                      {t('letters.list.pdf')}
                    </a>
                    {letter.status === 'issued' && (
                      <button
                        type="button"
                        className="button button-danger-outline"
                        onClick={() => setVoiding(letter)}
                      >
                        {t('letters.list.voidAction')}
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
            <Pagination
              total={result.data.total}
              limit={LIMIT}
              offset={offset}
              onChange={(next) =>
                setParams((current) => {
                  current.set('offset', String(next));
                  return current;
                })
              }
            />
          </>
        )}
      </section>
      <ReasonDialog
        open={voiding !== null}
        danger
        title={t('letters.list.voidTitle')}
        intro={t('letters.list.voidIntro', { number: voiding?.number ?? '' })}
        notice={t('letters.list.voidNotice')}
        reasonLabel={t('letters.list.voidReason')}
        submitLabel={t('letters.list.voidSubmit')}
        onClose={() => setVoiding(null)}
        onSubmit={async (reason) => {
          const voided = await voidLetter(code, voiding!.id, reason);
          setVoiding(null);
          setNotice(t('letters.list.voided', { number: voided.number }));
          result.reload();
        }}
      />
    </div>
  );
}
