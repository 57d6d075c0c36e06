import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchPrograms, opendkExportUrl } from '../../api/assistance.ts';
import { useCurrentUser } from '../../auth/useAuth.ts';
import { writesAnywhere } from '../population/shared/access.ts';
import { useRegionSearch } from '../../regions/useRegionSearch.ts';
import { useRegionTitle } from '../../regions/useRegionTitle.ts';
import { useSelectedRegion } from '../../regions/useSelectedRegion.ts';
import { formatNumber } from '../../ui/format.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { useAsyncData } from '../../ui/useAsyncData.ts';
import { benefitLabel, levelLabel, rupiah, unitLabel } from './labels.ts';
import './assistance.css';
import '../../i18n/lazy/assistance.ts';

/** Bantuan sosial: the programs seen from the selected area, with their recipients there. */
export function ProgramListPage() {
  const { t } = useTranslation();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const search = useRegionSearch();
  const result = useAsyncData(code, () => fetchPrograms(code));
  const user = useCurrentUser();

  return (
    <div className="page assistance-page" data-testid="program-list-page">
      <div className="page-header">
        <h1 className="page-title">{t('assistance.programs.title')}</h1>
        <p className="page-subtitle">{t('assistance.programs.subtitle', { region: regionTitle })}</p>
        <nav className="assistance-file-links" aria-label={t('assistance.programs.files.imports')}>
          {writesAnywhere(user) && (
            <Link className="button button-secondary" to={{ pathname: '/bantuan-sosial/impor', search }}>
              {t('assistance.programs.files.imports')}
            </Link>
          )}
          <Link className="button button-secondary" to={{ pathname: '/bantuan-sosial/ekspor-bnba', search }}>
            {t('assistance.programs.files.exportBnba')}
          </Link>
          <a
            className="button button-secondary"
            href={opendkExportUrl(code)}
            download
            title={t('assistance.programs.files.exportOpendkHint')}
            data-testid="opendk-export"
          >
            {t('assistance.programs.files.exportOpendk')}
          </a>
        </nav>
      </div>
      <section className="panel" aria-busy={result.status === 'loading'}>
        {result.status === 'error' ? (
          <LoadError
            title={t('assistance.programs.loadFailed')}
            error={result.error}
            onRetry={result.reload}
          />
        ) : result.status === 'loading' ? (
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        ) : result.data.length === 0 ? (
          <p className="notice notice-info">{t('assistance.programs.empty')}</p>
        ) : (
          <ul className="program-list" aria-label={t('assistance.programs.caption')}>
            {result.data.map((program) => (
              <li key={program.id} className="program-item" data-testid="program-row">
                <div className="program-item-main">
                  <Link to={{ pathname: `/bantuan-sosial/program/${program.id}`, search }}>
                    {program.name}
                  </Link>
                  <span className="program-code mono">{program.code}</span>
                  {!program.active && (
                    <span className="badge badge-muted">{t('assistance.programs.inactive')}</span>
                  )}
                </div>
                <div className="program-item-meta">
                  {levelLabel(program.level)} · {unitLabel(program.targetUnit)} ·{' '}
                  {benefitLabel(program.benefitKind)}
                  {program.benefitAmount !== null && ` ${rupiah(program.benefitAmount)}`}
                </div>
                <div className="program-item-count">
                  <span className="program-count">{formatNumber(program.openEnrolments)}</span>{' '}
                  {t('assistance.programs.open')}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
