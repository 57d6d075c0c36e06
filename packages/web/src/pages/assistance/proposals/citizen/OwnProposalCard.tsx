import { isOpenProposal, stepAwaited, stepOwner } from '@smart-kampung/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadHousePhoto, type OwnProposal } from '../../../../api/myProposals.ts';
import { currentLanguage } from '../../../../i18n/index.ts';
import { formatDateTime } from '../../../../ui/format.ts';
import { resizePhoto } from '../../../letters/requests/resizePhoto.ts';
import { clockOf } from '../clock.ts';
import {
  agencyOutcomeLabel,
  checkOutcomeLabel,
  proposalStatusLabel,
  proposalStepLabel,
  stepOwnerLabel,
} from '../labels.ts';
import '../../../../i18n/lazy/myProposals.ts';

/** House photos may be added while the village still holds an usul (the server's rule). */
const PHOTO_OPEN = ['submitted', 'checked'];
const MAX_HOUSE_PHOTOS = 4;
const FINAL_GOOD = ['enrolled', 'exited', 'proposed_to_ministry'];

/**
 * One of the citizen's items: what it is, its status in words, the step it waits for and by when (late in
 * words, not only in colour), and every decision with its reason. Nothing here names who else is involved.
 */
export function OwnProposalCard({ item: initial }: { item: OwnProposal }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [item, setItem] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const status = item.status;
  const awaited = isOpenProposal(status) ? stepAwaited(status) : null;
  const clock = clockOf(item, new Date(), language);
  const tone = FINAL_GOOD.includes(status) ? 'good' : status.startsWith('rejected') ? 'bad' : 'open';
  const inputId = `house-photo-${item.id}`;

  async function addPhoto(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      setItem(await uploadHousePhoto(item.id, await resizePhoto(file)));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li
      className={clock.kind === 'overdue' ? 'own-proposal overdue' : 'own-proposal'}
      data-testid="own-proposal"
    >
      <div className="own-proposal-head">
        <span className={`badge proposal-kind proposal-kind-${item.kind}`}>
          {t(`myProposals.kind.${item.kind}`)}
        </span>
        <strong>{item.program.name}</strong>
      </div>
      <p>
        {t('myProposals.item.about')}: {item.subjectName ?? t('myProposals.item.aboutUnknown')}
      </p>
      <p>
        <span className={`proposal-status proposal-status-${tone}`} data-status={status}>
          {proposalStatusLabel(status)}
        </span>
      </p>
      {awaited && (
        <p className="muted">
          {t('myProposals.item.step')}: {proposalStepLabel(awaited)} ({stepOwnerLabel(stepOwner(awaited))})
        </p>
      )}
      {clock.kind === 'due' && (
        <p className="proposal-clock">{t('myProposals.item.due', { date: clock.day })}</p>
      )}
      {clock.kind === 'overdue' && (
        <p className="proposal-clock overdue">
          {t('myProposals.item.overdue', { days: clock.daysLate, date: clock.day })}
        </p>
      )}
      <dl className="proposal-facts">
        <dt>{t('myProposals.item.yourReason')}</dt>
        <dd>{item.reason}</dd>
        <dt>{t('myProposals.item.submitted')}</dt>
        <dd>{formatDateTime(item.submittedAt, language)}</dd>
        {item.checkOutcome && item.checkOutcome !== 'ok' && (
          <>
            <dt>{t('myProposals.item.check')}</dt>
            <dd>{checkOutcomeLabel(item.checkOutcome)}</dd>
          </>
        )}
        {item.villageDecision && (
          <>
            <dt>{t('myProposals.item.village')}</dt>
            <dd data-testid="village-decision">
              {t(
                `myProposals.item.${item.villageDecision.decision === 'accepted' ? 'accepted' : 'rejected'}`,
              )}
              {item.villageDecision.reason && ` — ${item.villageDecision.reason}`}
            </dd>
          </>
        )}
        {item.agencyDecision && (
          <>
            <dt>{t('myProposals.item.agency')}</dt>
            <dd data-testid="agency-decision">
              {agencyOutcomeLabel(item.agencyDecision.decision)}
              {item.agencyDecision.reason && ` — ${item.agencyDecision.reason}`}
            </dd>
          </>
        )}
      </dl>
      {item.kind === 'usul' && (
        <div className="own-proposal-photos">
          <span className="muted">{t('myProposals.item.photos', { count: item.housePhotos })}</span>
          {PHOTO_OPEN.includes(status) && item.housePhotos < MAX_HOUSE_PHOTOS && (
            <>
              <label className="button button-secondary button-small" htmlFor={inputId}>
                {busy ? t('myProposals.item.uploading') : t('myProposals.item.addPhoto')}
              </label>
              <input
                id={inputId}
                className="proposal-photo-input"
                type="file"
                accept="image/*"
                capture="environment"
                disabled={busy}
                onChange={(event) => void addPhoto(event.target.files?.[0])}
              />
            </>
          )}
        </div>
      )}
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}
