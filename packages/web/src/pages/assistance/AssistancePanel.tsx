import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchUnitEnrolments } from '../../api/assistance.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { useAsyncData } from '../../ui/useAsyncData.ts';
import { exitLabel, statusLabel } from './labels.ts';
import './assistance.css';
import '../../i18n/lazy/assistance.ts';

interface AssistancePanelProps {
  villageCode: string;
  unitType: 'resident' | 'family' | 'household';
  unitId: string;
}

/**
 * "Bantuan sosial" on a household's or resident's page: every program they receive, their own or through
 * their family card or household, each linking to its enrolment; and the way to enrol them.
 */
export function AssistancePanel({ villageCode, unitType, unitId }: AssistancePanelProps) {
  const { t } = useTranslation();
  const result = useAsyncData(`${unitType}/${unitId}`, () =>
    fetchUnitEnrolments(villageCode, unitType, unitId),
  );
  const via = (type: string, name: string | null) =>
    type === unitType
      ? ''
      : type === 'family'
        ? t('assistance.panel.viaFamily')
        : type === 'household'
          ? t('assistance.panel.viaHousehold')
          : t('assistance.panel.viaMember', { name: name ?? '' });
  return (
    <section
      className="panel assistance-panel"
      aria-labelledby="assistance-title"
      data-testid="assistance-panel"
    >
      <h2 id="assistance-title">{t('assistance.panel.title')}</h2>
      {result.status === 'error' ? (
        <LoadError title={t('assistance.panel.loadFailed')} error={result.error} onRetry={result.reload} />
      ) : result.status === 'loading' ? (
        <p className="muted">{t('app.loading')}</p>
      ) : result.data.length === 0 ? (
        <p className="muted">{t('assistance.panel.empty')}</p>
      ) : (
        <ul className="recipient-list">
          {result.data.map((e) => (
            <li key={e.id} className="recipient-item">
              <div className="program-item-main">
                <Link to={`/bantuan-sosial/${e.villageCode}/kepesertaan/${e.id}?region=${e.villageCode}`}>
                  {e.programName}
                </Link>
                <span className={`status-badge status-${e.status}`}>
                  {statusLabel(e.status)}
                  {e.exitReason && ` · ${exitLabel(e.exitReason)}`}
                </span>
              </div>
              <div className="program-item-meta">
                {[via(e.unitType, e.name), e.cardNumber].filter(Boolean).join(' · ')}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Link className="button button-secondary" to={`/bantuan-sosial?region=${villageCode}`}>
        {t('assistance.panel.enrolLink')}
      </Link>
    </section>
  );
}
