import { EXIT_REASONS, type ExitReason } from '@smart-kampung/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayDo } from '@smart-kampung/domain';
import { Link, useParams } from 'react-router';
import { changeEnrolmentStatus, fetchEnrolment, type Enrolment } from '../../api/assistance.ts';
import { useCurrentUser } from '../../auth/useAuth.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { formatDate, formatDateTime, formatShortAddress } from '../../ui/format.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { useAsyncData } from '../../ui/useAsyncData.ts';
import { exitLabel, sourceLabel, statusLabel, unitLabel } from './labels.ts';
import './assistance.css';
import '../../i18n/lazy/assistance.ts';

export function EnrolmentRoute() {
  const { village = '', id = '' } = useParams();
  return <EnrolmentPage key={`${village}/${id}`} villageCode={village} id={id} />;
}

function History({ enrolment }: { enrolment: Enrolment }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const events = t('assistance.enrolment.events', { returnObjects: true }) as Record<string, string>;
  return (
    <ol className="enrolment-history">
      {enrolment.history.map((change) => (
        <li key={change.seq}>
          <strong>
            {change.fromStatus ? `${statusLabel(change.fromStatus)} → ` : ''}
            {statusLabel(change.toStatus)}
            {change.exitReason && ` · ${exitLabel(change.exitReason)}`}
          </strong>
          <span className="field-hint">
            {formatDateTime(change.changedAt, language)} ·{' '}
            {change.source === 'life_event'
              ? t('assistance.enrolment.byRegistry')
              : change.source === 'program_end'
                ? t('assistance.enrolment.byProgramEnd')
                : sourceLabel(change.source)}
            {change.changedBy && ` · ${t('assistance.enrolment.changedBy', { user: change.changedBy })}`}
          </span>
          {change.reason && <span>{events[change.reason] ?? change.reason}</span>}
        </li>
      ))}
    </ol>
  );
}

function StatusActions({ enrolment, onChanged }: { enrolment: Enrolment; onChanged: () => void }) {
  const { t } = useTranslation();
  const [exitReason, setExitReason] = useState<ExitReason>('graduated_natural');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const moves = enrolment.allowedStatuses.filter((s) => s !== 'exited');
  const change = (to: Enrolment['status']) =>
    changeEnrolmentStatus(enrolment.villageCode, enrolment.id, {
      to,
      exitReason: to === 'exited' ? exitReason : null,
      reason: reason || null,
    }).then(onChanged, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  if (enrolment.allowedStatuses.length === 0)
    return <p className="muted">{t('assistance.enrolment.noActions')}</p>;
  return (
    <div className="enrolment-actions">
      <div className="field">
        <label htmlFor="enrolment-reason">{t('assistance.enrolment.reason')}</label>
        <input
          id="enrolment-reason"
          value={reason}
          maxLength={300}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <div className="action-buttons">
        {moves.map((to) => (
          <button key={to} type="button" className="button button-secondary" onClick={() => void change(to)}>
            {t('assistance.enrolment.moveTo', { status: statusLabel(to) })}
          </button>
        ))}
      </div>
      {enrolment.allowedStatuses.includes('exited') && (
        <div className="exit-row">
          <div className="field">
            <label htmlFor="exit-reason">{t('assistance.enrolment.exitReason')}</label>
            <select
              id="exit-reason"
              value={exitReason}
              onChange={(e) => setExitReason(e.target.value as ExitReason)}
            >
              {EXIT_REASONS.map((r) => (
                <option key={r} value={r}>
                  {exitLabel(r)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button button-danger-outline"
            onClick={() => void change('exited')}
          >
            {t('assistance.enrolment.exit')}
          </button>
        </div>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** One enrolment: who, in which program, its status and dates, its history, and the changes the caller may make. */
function EnrolmentPage({ villageCode, id }: { villageCode: string; id: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const user = useCurrentUser();
  const result = useAsyncData(`${villageCode}/${id}`, () => fetchEnrolment(villageCode, id));
  if (result.status === 'error')
    return (
      <div className="page">
        <LoadError
          title={t('assistance.enrolment.loadFailed')}
          error={result.error}
          onRetry={result.reload}
        />
      </div>
    );
  if (result.status === 'loading') return <p className="muted page">{t('app.loading')}</p>;
  const e = result.data;
  const facts: [string, string][] = [
    [t('assistance.enrolment.unit'), `${unitLabel(e.unitType)} · ${e.name ?? '—'}`],
    [t('assistance.program.identifier'), e.identifierMasked ?? '—'],
    [t('assistance.program.address'), formatShortAddress(e.dusun, e.rw, e.rt)],
    [t('assistance.program.card'), e.cardNumber ?? '—'],
    [t('assistance.enrolment.source'), sourceLabel(e.source)],
    [t('assistance.enrolment.startDate'), formatDate(e.startDate, language) || '—'],
    [t('assistance.enrolment.endDate'), formatDate(e.endDate, language) || '—'],
  ];
  return (
    <div className="page assistance-page" data-testid="enrolment-page">
      <BackLink to={`/bantuan-sosial/program/${e.programId}`} label={e.programName} />
      <section className="panel" aria-labelledby="enrolment-title">
        <h1 id="enrolment-title" className="page-title">
          {t('assistance.enrolment.title', { program: e.programName })}
        </h1>
        <p>
          <span className={`status-badge status-${e.status}`}>
            {statusLabel(e.status)}
            {e.exitReason && ` · ${exitLabel(e.exitReason)}`}
          </span>
        </p>
        <dl className="fact-list">
          {facts.map(([term, value]) => (
            <div key={term} className="fact">
              <dt>{term}</dt>
              <dd className={term === t('assistance.program.identifier') ? 'mono' : undefined}>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="panel" aria-labelledby="actions-title">
        <h2 id="actions-title">{t('assistance.enrolment.actions')}</h2>
        <StatusActions enrolment={e} onChanged={result.reload} />
        {/* A resident at the desk disputes this recipient (sanggah): the desk form takes the enrolment. */}
        {mayDo(user, 'serve_citizens') && e.status !== 'exited' && (
          <p>
            <Link
              className="button button-secondary"
              to={{
                pathname: '/usul-sanggah/baru',
                search: `?${new URLSearchParams({ region: villageCode, kepesertaan: e.id }).toString()}`,
              }}
            >
              {t('assistance.enrolment.dispute')}
            </Link>
          </p>
        )}
      </section>
      <section className="panel" aria-labelledby="history-title">
        <h2 id="history-title">{t('assistance.enrolment.history')}</h2>
        <History enrolment={e} />
      </section>
    </div>
  );
}
