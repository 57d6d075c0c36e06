// Bantuan sosial › Ekspor BNBA: a program's recipients by name and address for the area chosen at the top,
// as XLSX, CSV or PDF; whole identifiers only with a reason (the server checks who may, and audits it). A
// plain link: the browser downloads the file with the session cookie.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ENROLMENT_STATUSES, ENROLMENT_STATUS_LABELS } from '@smart-kampung/domain';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { useRegionTitle } from '../../../regions/useRegionTitle.ts';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import { canExportFull } from '../../population/shared/access.ts';
import '../../../i18n/lazy/assistanceFiles.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function bnbaExportUrl(programId: string, query: Record<string, string>): string {
  return `/api/assistance/programs/${encodeURIComponent(programId)}/bnba?${new URLSearchParams(query).toString()}`;
}

export function BnbaExportPage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const [search] = useSearchParams();
  const [programId, setProgramId] = useState(search.get('program') ?? '');
  const [format, setFormat] = useState<'xlsx' | 'csv' | 'pdf'>('xlsx');
  const [status, setStatus] = useState('');
  const [full, setFull] = useState(false);
  const [reason, setReason] = useState('');
  const language = i18n.language === 'en' ? 'en' : 'id';
  const ready = UUID.test(programId.trim()) && (!full || reason.trim().length >= 5);
  const query: Record<string, string> = { region: code, format };
  if (status) query.status = status;
  if (full) Object.assign(query, { full: 'true', reason: reason.trim() });
  return (
    <div className="page" data-testid="bnba-export-page">
      <header className="page-header">
        <h1 className="page-title">{t('assistanceFiles.exportTitle')}</h1>
        <p className="page-subtitle">{regionTitle}</p>
      </header>
      <section className="panel" style={{ display: 'grid', gap: 16, maxWidth: 640 }}>
        <p>{t('assistanceFiles.export.intro')}</p>
        <div className="field">
          <label htmlFor="bnba-program">{t('assistanceFiles.export.program')}</label>
          <input
            id="bnba-program"
            value={programId}
            onChange={(event) => setProgramId(event.target.value)}
            spellCheck={false}
          />
          <p className="field-hint">{t('assistanceFiles.export.programHint')}</p>
        </div>
        <div className="field">
          <label htmlFor="bnba-status">{t('assistanceFiles.export.status')}</label>
          <select id="bnba-status" value={status} onChange={(event) => setStatus(event.target.value)}>
            <option value="">{t('assistanceFiles.export.allOpen')}</option>
            {ENROLMENT_STATUSES.map((value) => (
              <option key={value} value={value}>
                {ENROLMENT_STATUS_LABELS[value][language]}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="form-field import-format-choice">
          <legend>{t('assistanceFiles.export.format')}</legend>
          {(['xlsx', 'csv', 'pdf'] as const).map((value) => (
            <label key={value} className="radio-option">
              <input
                type="radio"
                name="bnba-format"
                checked={format === value}
                onChange={() => setFormat(value)}
              />{' '}
              {value.toUpperCase()}
            </label>
          ))}
        </fieldset>
        {canExportFull(user) ? (
          <>
            <label className="checkbox-option">
              <input type="checkbox" checked={full} onChange={(event) => setFull(event.target.checked)} />{' '}
              {t('assistanceFiles.export.full')}
            </label>
            {full && (
              <div className="field">
                <label htmlFor="bnba-reason">{t('assistanceFiles.export.reason')}</label>
                <input
                  id="bnba-reason"
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  maxLength={300}
                />
                <p className="field-hint">{t('assistanceFiles.export.reasonHint')}</p>
              </div>
            )}
          </>
        ) : (
          <p className="notice notice-info">{t('assistanceFiles.export.masked')}</p>
        )}
        {ready ? (
          <a className="button button-primary" href={bnbaExportUrl(programId.trim(), query)} download>
            {t('assistanceFiles.export.download')}
          </a>
        ) : (
          <button type="button" className="button button-primary" disabled>
            {t('assistanceFiles.export.download')}
          </button>
        )}
      </section>
    </div>
  );
}
