import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchRankingRuns, startRankingRun, type RankingRun } from '../../../api/welfare.ts';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { formatNumber } from '../../../ui/format.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { ProgressBar } from '../../../ui/ProgressBar.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { isDinsos } from './access.ts';
import { DecileBars } from './DecileBars.tsx';
import './welfare.css';
import '../../../i18n/lazy/welfare.ts';

const POLL_MS = 1500;

/** Pemeringkatan desil: start a run (Dinas Sosial), watch its progress, and every run's counts per decile. */
export function RankingRunsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [attempt, setAttempt] = useState(0);
  const result = useAsyncData(`runs-${attempt}`, () => fetchRankingRuns());
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = result.status === 'success' && result.data.some((run) => run.status === 'running');

  // While a run is in progress the list is read again, so its progress bar moves.
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setAttempt((n) => n + 1), POLL_MS);
    return () => clearTimeout(timer);
  }, [running, attempt]);

  async function start() {
    setStarting(true);
    setError(null);
    try {
      await startRankingRun();
      setAttempt((n) => n + 1);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setStarting(false);
    }
  }

  return (
    <div className="page" data-testid="ranking-runs-page">
      <div className="page-header">
        <h1 className="page-title">{t('welfare.runs.title')}</h1>
        <p className="page-subtitle">{t('welfare.runs.subtitle')}</p>
        <Link to="/bantuan-sosial/kesejahteraan/model">{t('welfare.runs.links.models')}</Link>
      </div>
      {isDinsos(user) && (
        <section className="panel">
          <button
            type="button"
            className="button button-primary"
            disabled={starting || running}
            onClick={() => void start()}
          >
            {starting ? t('welfare.runs.starting') : t('welfare.runs.start')}
          </button>
          {error && (
            <p className="notice notice-error" role="alert">
              {error}
            </p>
          )}
        </section>
      )}
      <section className="panel">
        {result.status === 'error' ? (
          <LoadError title={t('welfare.runs.loadFailed')} error={result.error} onRetry={result.reload} />
        ) : result.status === 'loading' ? (
          <p className="muted">{t('app.loading')}</p>
        ) : result.data.length === 0 ? (
          <p className="muted">{t('welfare.runs.empty')}</p>
        ) : (
          <RunsTable runs={result.data} />
        )}
      </section>
    </div>
  );
}

function RunsTable({ runs }: { runs: RankingRun[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table responsive-table welfare-runs-table">
        <caption className="visually-hidden">{t('welfare.runs.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('welfare.runs.date')}</th>
            <th scope="col">{t('welfare.runs.model')}</th>
            <th scope="col">{t('welfare.runs.status')}</th>
            <th scope="col">{t('welfare.runs.ranked')}</th>
            <th scope="col">{t('welfare.runs.incomplete')}</th>
            <th scope="col">{t('welfare.runs.perDecile')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} data-testid="ranking-run-row">
              <th scope="row">{new Date(run.finishedAt ?? run.startedAt).toLocaleString()}</th>
              <td data-label={t('welfare.runs.model')} className="mono">
                {run.modelId}
              </td>
              <td data-label={t('welfare.runs.status')}>
                {t(`welfare.runs.statuses.${run.status}`)}
                {run.status === 'running' && (
                  <ProgressBar
                    label={t('welfare.runs.progress')}
                    value={run.progressDone}
                    max={run.progressTotal ?? 0}
                  />
                )}
                {run.error && <div className="muted">{run.error}</div>}
              </td>
              <td data-label={t('welfare.runs.ranked')}>
                {run.householdsRanked === null ? '–' : formatNumber(run.householdsRanked)}
              </td>
              <td data-label={t('welfare.runs.incomplete')}>
                {run.householdsIncomplete === null ? '–' : formatNumber(run.householdsIncomplete)}
              </td>
              <td data-label={t('welfare.runs.perDecile')}>
                {run.decileCounts ? (
                  <DecileBars counts={run.decileCounts} label={t('welfare.runs.perDecile')} />
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
