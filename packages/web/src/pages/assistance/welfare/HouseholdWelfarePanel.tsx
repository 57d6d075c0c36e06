import { useTranslation } from 'react-i18next';
import { welfareVariable } from '@smart-kampung/domain';
import { fetchHouseholdWelfare } from '../../../api/welfare.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { useBilingual } from './bilingual.ts';
import './welfare.css';
import '../../../i18n/lazy/welfare.ts';

/** A household's welfare: its score with the reasons, the facts still missing, its decile per ranking run,
 * and the BPS 14 criteria beside it. Shown on the household page. */
export function HouseholdWelfarePanel({
  villageCode,
  householdId,
}: {
  villageCode: string;
  householdId: string;
}) {
  const { t } = useTranslation();
  const text = useBilingual();
  const result = useAsyncData(`${villageCode}/${householdId}`, () =>
    fetchHouseholdWelfare(villageCode, householdId),
  );
  const label = (variable: string) => {
    const known = welfareVariable(variable);
    return known ? text(known.label) : variable;
  };

  return (
    <section className="panel" aria-labelledby="welfare-title" data-testid="household-welfare">
      <h2 className="section-title" id="welfare-title">
        {t('welfare.panel.title')}
      </h2>
      {result.status === 'error' ? (
        <LoadError title={t('welfare.panel.loadFailed')} error={result.error} onRetry={result.reload} />
      ) : result.status === 'loading' ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        (() => {
          const score = result.data.scores.find((s) => s.kind === 'score');
          const criteria = result.data.scores.find((s) => s.kind === 'criteria');
          const latest = result.data.deciles[0];
          if (!score) return <p className="muted">{t('welfare.panel.none')}</p>;
          return (
            <>
              <div className="welfare-summary">
                <span className="welfare-score">{t('welfare.panel.score', { score: score.score })}</span>
                <span className="badge">
                  {latest
                    ? t('welfare.panel.decile', { decile: latest.decile })
                    : t('welfare.panel.notRanked')}
                </span>
                <span className={score.complete ? 'muted' : 'notice-warning'}>
                  {score.complete ? t('welfare.panel.complete') : t('welfare.panel.incomplete')}
                </span>
                <span className="muted mono">{t('welfare.panel.model', { id: score.modelId })}</span>
              </div>
              <h3>{t('welfare.panel.reasons')}</h3>
              {score.reasons.length === 0 ? (
                <p className="muted">{t('welfare.panel.noReasons')}</p>
              ) : (
                <ul className="plain-list welfare-reasons" data-testid="welfare-reasons">
                  {score.reasons.map((reason) => (
                    <li key={reason.variable}>
                      <span>{label(reason.variable)}</span>
                      <strong>
                        {reason.points > 0 ? `+${reason.points}` : `−${Math.abs(reason.points)}`}
                      </strong>
                    </li>
                  ))}
                </ul>
              )}
              {score.missing.length > 0 && (
                <>
                  <h3>{t('welfare.panel.missing')}</h3>
                  <ul className="plain-list" data-testid="welfare-missing">
                    {score.missing.map((variable) => (
                      <li key={variable}>{label(variable)}</li>
                    ))}
                  </ul>
                </>
              )}
              {criteria?.verdict && (
                <p>
                  {t('welfare.panel.bps', { met: criteria.verdict.met, known: criteria.verdict.known })}:{' '}
                  <strong>
                    {criteria.verdict.poor === null
                      ? t('welfare.panel.poor.open')
                      : criteria.verdict.poor
                        ? t('welfare.panel.poor.yes')
                        : t('welfare.panel.poor.no')}
                  </strong>
                </p>
              )}
              {result.data.deciles.length > 0 && (
                <>
                  <h3>{t('welfare.panel.decileHistory')}</h3>
                  <ul className="plain-list">
                    {result.data.deciles.map((d) => (
                      <li key={d.runId}>
                        {new Date(d.finishedAt).toLocaleDateString()}:{' '}
                        {t('welfare.panel.decile', { decile: d.decile })}{' '}
                        <span className="muted">({d.score})</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          );
        })()
      )}
    </section>
  );
}
