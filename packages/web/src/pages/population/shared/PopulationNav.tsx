import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { writesAnywhere } from './access.ts';
import { useRegionSearch } from './useRegionSearch.ts';

/** The module's own sections; a scrolling row of tabs on a phone. */
export function PopulationNav() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const search = useRegionSearch();
  const links = [
    { to: '/penduduk', label: t('population.nav.list'), end: true },
    { to: '/penduduk/rumah-tangga', label: t('population.nav.households'), end: false },
    { to: '/penduduk/statistik', label: t('population.nav.stats'), end: false },
    ...(writesAnywhere(user)
      ? [
          { to: '/penduduk/pindah-datang', label: t('population.nav.moveIn'), end: false },
          { to: '/penduduk/impor', label: t('population.nav.import'), end: false },
          { to: '/penduduk/impor-rumah-tangga', label: t('population.nav.importHouseholds'), end: false },
        ]
      : []),
  ];
  return (
    <nav className="module-nav" aria-label={t('population.nav.label')}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={{ pathname: link.to, search }} end={link.end} className="module-nav-link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
