import { useTranslation } from 'react-i18next';
import { proposalPhotoUrl, type ProposalItem } from '../../../../api/proposals.ts';
import { currentLanguage } from '../../../../i18n/index.ts';
import { formatDate, formatDateTime } from '../../../../ui/format.ts';
import { agencyOutcomeLabel, checkOutcomeLabel } from '../labels.ts';
import '../../../../i18n/lazy/proposals.ts';

/** The decisions with their reasons, the verification visit, the photos and the history of every step. */
export function ItemRecord({ item }: { item: ProposalItem }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const decided = item.checkOutcome || item.villageDecision || item.agencyDecision;
  const house = item.photos.filter((p) => p.kind === 'house');
  const visit = item.photos.filter((p) => p.kind === 'visit');
  return (
    <>
      {decided && (
        <section className="panel form-stack" data-testid="item-decisions">
          <h2 className="section-title">{t('proposals.item.decisions')}</h2>
          <dl className="proposal-facts">
            {item.checkOutcome && (
              <>
                <dt>{t('proposals.item.check')}</dt>
                <dd>{checkOutcomeLabel(item.checkOutcome)}</dd>
              </>
            )}
            {item.villageDecision && (
              <>
                <dt>{t('proposals.item.villageDecision')}</dt>
                <dd>
                  {t(
                    item.villageDecision.decision === 'accepted'
                      ? 'proposals.item.accepted'
                      : 'proposals.item.rejected',
                  )}
                  {item.villageDecision.reason && ` — ${item.villageDecision.reason}`}
                </dd>
              </>
            )}
            {item.agencyDecision && (
              <>
                <dt>{t('proposals.item.agencyDecision')}</dt>
                <dd>
                  {agencyOutcomeLabel(item.agencyDecision.decision)}
                  {item.agencyDecision.reason && ` — ${item.agencyDecision.reason}`}
                </dd>
              </>
            )}
          </dl>
        </section>
      )}
      {item.visit && (
        <section className="panel form-stack" data-testid="item-visit">
          <h2 className="section-title">{t('proposals.item.visit')}</h2>
          <dl className="proposal-facts">
            <dt>{t('proposals.item.visitedOn')}</dt>
            <dd>{formatDate(item.visit.visitedOn, language)}</dd>
            <dt>{t('proposals.item.findings')}</dt>
            <dd>{item.visit.findings}</dd>
          </dl>
          {item.visit.factsUpdated && <p className="muted">{t('proposals.item.factsUpdated')}</p>}
        </section>
      )}
      {item.photos.length > 0 && (
        <section className="panel form-stack">
          <h2 className="section-title">{t('proposals.item.photos')}</h2>
          <ul className="proposal-photo-links">
            {[
              ...house.map((p, i) => ({ p, label: t('proposals.item.housePhoto', { n: i + 1 }) })),
              ...visit.map((p, i) => ({ p, label: t('proposals.item.visitPhoto', { n: i + 1 }) })),
            ].map(({ p, label }) => (
              <li key={p.id}>
                <a href={proposalPhotoUrl(item.villageCode, item.id, p.id)} target="_blank" rel="noreferrer">
                  {label}
                </a>
              </li>
            ))}
          </ul>
          <p className="field-hint">{t('proposals.item.photoAudited')}</p>
        </section>
      )}
      <section className="panel form-stack">
        <h2 className="section-title">{t('proposals.item.history')}</h2>
        <ol className="proposal-history">
          {item.steps.map((step) => (
            <li key={step.seq}>
              <strong>{t(`proposals.item.step.${step.step as 'check'}`, step.step)}</strong>
              {step.late && <span className="proposal-late"> ({t('proposals.item.late')})</span>}
              <span className="muted"> · {formatDateTime(step.actedAt, language)}</span>
              {step.reason && <div>{step.reason}</div>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
