import { NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { writesAnywhere } from './access.ts';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import './populationNav.css';
import '../../../i18n/lazy/welfareFacts.ts';

/** The imports, one tab between them; an import page shows all of them under the tabs. */
const IMPORTS_PATH = /^\/penduduk\/impor(-[a-z-]+)?\/?$/;

/** The module's own sections; a row of pills on a phone, tabs on a wide screen. */
export function PopulationNav() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const search = useRegionSearch();
  const { pathname } = useLocation();
  const onImport = IMPORTS_PATH.test(pathname);
  const links = [
    { to: '/penduduk', label: t('population.nav.list'), end: true },
    { to: '/penduduk/rumah-tangga', label: t('population.nav.households'), end: false },
    { to: '/penduduk/statistik', label: t('population.nav.stats'), end: false },
    ...(writesAnywhere(user)
      ? [
          { to: '/penduduk/pindah-datang', label: t('population.nav.moveIn'), end: false },
          { to: '/penduduk/impor', label: t('population.nav.imports'), end: false },
        ]
      : []),
  ];
  const imports = [
    { to: '/penduduk/impor', label: t('population.nav.import') },
    { to: '/penduduk/impor-rumah-tangga', label: t('population.nav.importHouseholds') },
    { to: '/penduduk/impor-perumahan', label: t('population.nav.importHousing') },
    { to: '/penduduk/impor-regsosek-anggota', label: t('welfareFacts.import.nav.members') },
    { to: '/penduduk/impor-regsosek-keluarga', label: t('welfareFacts.import.nav.families') },
  ];
  return (
    <>
      <nav className="module-nav" aria-label={t('population.nav.label')}>
        <ul>
          {links.map((link) => (
            <li key={link.to}>
              <NavLink
                to={{ pathname: link.to, search }}
                end={link.end}
                className={({ isActive }) =>
                  isActive || (link.to === '/penduduk/impor' && onImport)
                    ? 'module-nav-link active'
                    : 'module-nav-link'
                }
              >
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {onImport && writesAnywhere(user) && (
        <nav className="module-subnav" aria-label={t('population.nav.importsLabel')}>
          <ul>
            {imports.map((link) => (
              <li key={link.to}>
                <NavLink to={{ pathname: link.to, search }} end className="module-subnav-link">
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
