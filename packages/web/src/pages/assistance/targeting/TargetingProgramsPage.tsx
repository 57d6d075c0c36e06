import { isEligibilityDefined } from '@smart-kampung/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchTargetingPrograms } from '../../../api/targeting.ts';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { conditionLabel, unitLabel } from './labels.ts';
import './targeting.css';
import '../../../i18n/lazy/targeting.ts';

/** Penargetan: every program with its eligibility in one line, each opening its figures and lists. */
export function TargetingProgramsPage() {
  const { t } = useTranslation();
  const search = useRegionSearch();
  const result = useAsyncData('programs', () => fetchTargetingPrograms());
  return (
    <div className="page targeting-page" data-testid="targeting-programs">
      <header className="page-header">
        <h1 className="page-title">{t('targeting.programsTitle')}</h1>
        <p className="page-subtitle">{t('targeting.programsSubtitle')}</p>
        <Link to={{ pathname: '/bantuan-sosial/penargetan/ganda', search }}>
          {t('targeting.duplicatesLink')}
        </Link>
      </header>
      {result.status === 'error' ? (
        <LoadError title={t('targeting.programsLoadFailed')} error={result.error} onRetry={result.reload} />
      ) : result.status === 'loading' ? (
        <p className="muted" role="status">
          {t('app.loading')}
        </p>
      ) : (
        <ul className="targeting-programs">
          {result.data.items.map((program) => (
            <li key={program.id} className="panel targeting-program">
              <div className="targeting-program-head">
                <strong>{program.name}</strong> <span className="muted">{program.code}</span>
                <span className="targeting-chip">{unitLabel(program.targetUnit)}</span>
              </div>
              <p className="muted">
                {program.targetUnit === 'group'
                  ? t('targeting.unitGroup')
                  : !isEligibilityDefined(program.eligibility)
                    ? t('targeting.noEligibility')
                    : [
                        program.eligibility.maxDecile
                          ? `${t('targeting.decile')} ≤ ${program.eligibility.maxDecile}`
                          : null,
                        ...program.eligibility.conditions.map((c) => conditionLabel(c.id)),
                      ]
                        .filter(Boolean)
                        .join(program.eligibility.combine === 'any' ? ' · ' : ' + ')}
              </p>
              {program.targetUnit !== 'group' && (
                <Link
                  className="button button-secondary"
                  to={{ pathname: `/bantuan-sosial/penargetan/${program.id}`, search }}
                >
                  {t('targeting.open')}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
