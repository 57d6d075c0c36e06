import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  fetchRequest,
  requestPhotoUrl,
  takeRequestStep,
  type LetterRequest,
} from '../../../api/letterRequests.ts';
import { letterPdfUrl } from '../../../api/letters.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { BackLink } from '../../../ui/BackLink.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { ReasonDialog } from '../../../ui/ReasonDialog.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { RequestStatus } from './RequestClock.tsx';
import { SignDialog } from './SignDialog.tsx';
import './i18n.ts';
import './requests.css';

/** One request at the office: its facts, photos and requirements, and the steps this user may take now. */
export function RequestPage() {
  const { t } = useTranslation('requests');
  const { village = '', id = '' } = useParams();
  const loaded = useAsyncData(`${village}/${id}`, () => fetchRequest(village, id));
  const [request, setRequest] = useState<LetterRequest | null>(null);
  const [seen, setSeen] = useState<string[]>([]);
  const [dialog, setDialog] = useState<'sign' | 'reject' | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  if (loaded.status === 'loading') return <p className="muted">…</p>;
  if (loaded.status === 'error')
    return <LoadError title={t('detail.loadFailed')} error={loaded.error} onRetry={loaded.reload} />;
  const current = request?.id === id ? request : loaded.data;
  const can = (step: LetterRequest['actions'][number]) => current.actions.includes(step);

  async function act(step: 'check' | 'verify' | 'collect', body: object = {}) {
    try {
      setRequest(await takeRequestStep(village, id, step, body));
      setMessage({ ok: true, text: t('act.done') });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <div className="page form-stack" data-testid="letter-request">
      <BackLink to="/surat/permohonan" label={t('queue.title')} />
      <h1 className="page-title">{t('detail.title', { type: current.letterTypeName })}</h1>
      {message && (
        <p className={message.ok ? 'notice notice-success' : 'notice notice-error'} role="status">
          {message.text}
        </p>
      )}
      <section className="panel form-stack">
        <RequestStatus request={current} />
        <dl className="request-facts">
          <dt>{t('detail.subject')}</dt>
          <dd>
            {current.subject.name} ({current.subject.nik})
          </dd>
          <dt>{t('detail.requestedAt')}</dt>
          <dd>
            {formatDateTime(current.requestedAt, currentLanguage())} ·{' '}
            {t(`detail.channel.${current.channel}`)}
          </dd>
          {Object.entries(current.fields).map(([key, value]) => (
            <FieldFact key={key} label={key} value={value} />
          ))}
          {current.letter && (
            <>
              <dt>{t('detail.letter')}</dt>
              <dd>
                <a href={letterPdfUrl(village, current.letter.id)} target="_blank" rel="noreferrer">
                  {current.letter.number}
                </a>
              </dd>
            </>
          )}
        </dl>
        {current.rejectionReason && (
          <p className="notice notice-error">{t('detail.rejected', { reason: current.rejectionReason })}</p>
        )}
      </section>
      <section className="panel form-stack">
        <h2>{t('act.photos')}</h2>
        {current.attachments.length === 0 ? (
          <p className="muted">{t('act.noPhotos')}</p>
        ) : (
          <div className="request-photos">
            {current.attachments.map((photo) => (
              <a
                key={photo.id}
                href={requestPhotoUrl(village, id, photo.id)}
                target="_blank"
                rel="noreferrer"
              >
                <img
                  src={requestPhotoUrl(village, id, photo.id)}
                  alt={t(`requirement.${photo.requirement}` as 'requirement.ktp')}
                />
              </a>
            ))}
          </div>
        )}
        <h2>{t('detail.requirements')}</h2>
        {can('check') && <p className="field-hint">{t('act.checkIntro')}</p>}
        <ul className="request-requirements">
          {current.requirements.map(({ kind, seen: ticked }) => (
            <li key={kind}>
              <label>
                <input
                  type="checkbox"
                  checked={ticked || seen.includes(kind)}
                  disabled={!can('check')}
                  onChange={(event) =>
                    setSeen((list) =>
                      event.target.checked ? [...list, kind] : list.filter((k) => k !== kind),
                    )
                  }
                />{' '}
                {t(`requirement.${kind}` as 'requirement.ktp', kind)}
              </label>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel request-actions" data-testid="request-actions">
        {current.actions.length === 0 && <p className="muted">{t('act.noActions')}</p>}
        {can('check') && (
          <button
            className="button"
            type="button"
            disabled={current.requirements.some((r) => !seen.includes(r.kind))}
            onClick={() => void act('check', { seen })}
          >
            {t('act.check')}
          </button>
        )}
        {can('verify') && (
          <button className="button" type="button" onClick={() => void act('verify')}>
            {t('act.verify')}
          </button>
        )}
        {can('sign') && (
          <button className="button" type="button" onClick={() => setDialog('sign')}>
            {t('act.sign')}
          </button>
        )}
        {can('collect') && (
          <button className="button" type="button" onClick={() => void act('collect')}>
            {t('act.collect')}
          </button>
        )}
        {can('reject') && (
          <button className="button button-danger" type="button" onClick={() => setDialog('reject')}>
            {t('act.reject')}
          </button>
        )}
      </section>
      <SignDialog
        open={dialog === 'sign'}
        onClose={() => setDialog(null)}
        onSign={async (password) => {
          setRequest(await takeRequestStep(village, id, 'sign', { password }));
          setDialog(null);
          setMessage({ ok: true, text: t('act.done') });
        }}
      />
      <ReasonDialog
        open={dialog === 'reject'}
        title={t('act.rejectTitle')}
        intro={t('act.rejectIntro')}
        reasonLabel={t('act.rejectReason')}
        submitLabel={t('act.reject')}
        danger
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          setRequest(await takeRequestStep(village, id, 'reject', { reason }));
          setDialog(null);
        }}
        testId="reject-dialog"
      />
    </div>
  );
}

function FieldFact({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label.charAt(0).toUpperCase() + label.slice(1).replaceAll('_', ' ')}</dt>
      <dd>{value}</dd>
    </>
  );
}
