import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { recordsMeetings, servesDesk, setsDeadlines } from './access.ts';
import '../../../i18n/lazy/proposals.ts';

/** The section's pages, each shown only to whoever can use it (the grants table); the region stays selected. */
export function ProposalsNav() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const search = useRegionSearch();
  const links = [
    { to: '/usul-sanggah', label: t('proposals.nav.queue'), shown: true },
    { to: '/usul-sanggah/baru', label: t('proposals.nav.desk'), shown: servesDesk(user) },
    { to: '/usul-sanggah/musyawarah', label: t('proposals.nav.meetings'), shown: recordsMeetings(user) },
    { to: '/usul-sanggah/tenggat', label: t('proposals.nav.deadlines'), shown: setsDeadlines(user) },
  ].filter((link) => link.shown);
  if (links.length < 2) return null;
  return (
    <nav className="proposals-nav" aria-label={t('proposals.nav.label')}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={{ pathname: link.to, search }} end className="proposals-nav-link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
