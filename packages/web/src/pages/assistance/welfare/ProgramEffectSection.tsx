import { useTranslation } from 'react-i18next';
import { EXIT_REASON_LABELS, type ExitReason } from '@smart-kampung/domain';
import { fetchProgramEffect } from '../../../api/welfare.ts';
import { formatNumber } from '../../../ui/format.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { useBilingual } from './bilingual.ts';
import { DecileBars } from './DecileBars.tsx';
import './welfare.css';
import '../../../i18n/lazy/welfare.ts';

/** A program's effect: its recipients per decile at each ranking run and its exits by reason per year.
 * A section the program page shows (and the effect page on its own). */
export function ProgramEffectSection({ programId, region }: { programId: string; region: string | null }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const result = useAsyncData(`${programId}/${region ?? ''}`, () => fetchProgramEffect(programId, region));
  if (result.status === 'error')
    return <LoadError title={t('welfare.effect.loadFailed')} error={result.error} onRetry={result.reload} />;
  if (result.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  const effect = result.data;
  return (
    <>
      <section className="panel" aria-labelledby="effect-runs" data-testid="program-effect">
        <h2 className="section-title" id="effect-runs">
          {effect.name} · {t('welfare.effect.runs')}
        </h2>
        {effect.runs.length === 0 ? (
          <p className="muted">{t('welfare.effect.noRuns')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table responsive-table welfare-runs-table">
              <thead>
                <tr>
                  <th scope="col">{t('welfare.runs.date')}</th>
                  <th scope="col">{t('welfare.effect.recipients')}</th>
                  <th scope="col">{t('welfare.effect.inDeciles1to4')}</th>
                  <th scope="col">{t('welfare.effect.notRanked')}</th>
                  <th scope="col">{t('welfare.effect.meanScore')}</th>
                  <th scope="col">{t('welfare.runs.perDecile')}</th>
                </tr>
              </thead>
              <tbody>
                {effect.runs.map((run) => (
                  <tr key={run.runId}>
                    <th scope="row">
                      {new Date(run.finishedAt).toLocaleDateString()}{' '}
                      <span className="muted mono">{run.modelId}</span>
                    </th>
                    <td data-label={t('welfare.effect.recipients')}>{formatNumber(run.recipients)}</td>
                    <td data-label={t('welfare.effect.inDeciles1to4')}>{formatNumber(run.inDeciles1to4)}</td>
                    <td data-label={t('welfare.effect.notRanked')}>{formatNumber(run.notRanked)}</td>
                    <td data-label={t('welfare.effect.meanScore')}>{run.meanScore ?? '–'}</td>
                    <td data-label={t('welfare.runs.perDecile')}>
                      <DecileBars counts={run.deciles} label={t('welfare.runs.perDecile')} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="panel" aria-labelledby="effect-exits">
        <h2 className="section-title" id="effect-exits">
          {t('welfare.effect.exits')}
        </h2>
        {effect.exits.length === 0 ? (
          <p className="muted">{t('welfare.effect.noExits')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('welfare.effect.year')}</th>
                <th scope="col">{t('welfare.effect.reason')}</th>
                <th scope="col">{t('welfare.effect.count')}</th>
              </tr>
            </thead>
            <tbody>
              {effect.exits.map((exit) => (
                <tr key={`${exit.year}-${exit.reason}`}>
                  <td>{exit.year}</td>
                  <td>
                    {text(
                      EXIT_REASON_LABELS[exit.reason as ExitReason] ?? { id: exit.reason, en: exit.reason },
                    )}
                  </td>
                  <td>{formatNumber(exit.enrolments)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
