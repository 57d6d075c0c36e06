import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  cancelMyRequest,
  fetchMyRequest,
  myLetterPdfUrl,
  uploadRequirementPhoto,
  type LetterRequest,
} from '../../../api/letterRequests.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { BackLink } from '../../../ui/BackLink.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { RequestStatus } from './RequestClock.tsx';
import { resizePhoto } from './resizePhoto.ts';
import './i18n.ts';
import './requests.css';

/** One of the citizen's requests: its status and clock, the requirement photos from the camera, the letter. */
export function MyRequestPage() {
  const { t } = useTranslation('requests');
  const { id = '' } = useParams();
  const loaded = useAsyncData(id, () => fetchMyRequest(id));
  const [request, setRequest] = useState<LetterRequest | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  if (loaded.status === 'loading') return <p className="muted">…</p>;
  if (loaded.status === 'error')
    return <LoadError title={t('detail.loadFailed')} error={loaded.error} onRetry={loaded.reload} />;
  const current = request?.id === id ? request : loaded.data;
  const open = ['requested', 'checked', 'verified'].includes(current.status);

  async function upload(requirement: string, file: File | undefined) {
    if (!file) return;
    setBusy(requirement);
    setProblem(null);
    try {
      setRequest(await uploadRequirementPhoto(id, requirement, await resizePhoto(file)));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  }

  async function cancel() {
    if (!window.confirm(t('detail.cancelConfirm'))) return;
    try {
      setRequest(await cancelMyRequest(id));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <div className="page form-stack" data-testid="my-letter-request">
      <BackLink to="/surat-saya" label={t('detail.back')} />
      <h1 className="page-title">{t('detail.title', { type: current.letterTypeName })}</h1>
      <section className="panel form-stack">
        <RequestStatus request={current} />
        <dl className="request-facts">
          <dt>{t('detail.subject')}</dt>
          <dd>{current.subject.name}</dd>
          <dt>{t('detail.requestedAt')}</dt>
          <dd>{formatDateTime(current.requestedAt, currentLanguage())}</dd>
          {current.letter && (
            <>
              <dt>{t('detail.letter')}</dt>
              <dd>{current.letter.number}</dd>
            </>
          )}
        </dl>
        {current.rejectionReason && (
          <p className="notice notice-error">{t('detail.rejected', { reason: current.rejectionReason })}</p>
        )}
        {current.letter && (
          <a className="button" href={myLetterPdfUrl(id)} download data-testid="download-letter">
            {t('detail.download')}
          </a>
        )}
      </section>
      {open && (
        <section className="panel form-stack">
          <h2>{t('detail.requirements')}</h2>
          {problem && (
            <p className="notice notice-error" role="alert">
              {problem}
            </p>
          )}
          <ul className="request-requirements">
            {current.requirements.map(({ kind }) => {
              const sent = current.attachments.filter((a) => a.requirement === kind).length;
              const inputId = `photo-${kind}`;
              return (
                <li key={kind} data-requirement={kind}>
                  <span>
                    {t(`requirement.${kind}` as 'requirement.ktp', kind)}
                    {sent > 0 && <span className="muted"> — {t('detail.uploaded')} ✓</span>}
                  </span>
                  <label className="button button-secondary" htmlFor={inputId}>
                    {busy === kind ? t('detail.uploading') : t('detail.photo')}
                  </label>
                  <input
                    id={inputId}
                    className="photo-input"
                    type="file"
                    accept="image/*"
                    capture="environment"
                    disabled={busy !== null}
                    onChange={(event) => void upload(kind, event.target.files?.[0])}
                  />
                </li>
              );
            })}
          </ul>
          {current.actions.includes('cancel') && (
            <button className="button button-secondary" type="button" onClick={() => void cancel()}>
              {t('detail.cancel')}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
