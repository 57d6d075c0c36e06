import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../auth/useAuth.ts';

/**
 * The way back from a status or placeholder page to the user's own first page. For a citizen that page is
 * their family card ("Keluarga Saya"), so the link says so: citizens have no dashboard and no staff lists.
 */
export function HomeLink() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Link className="button button-secondary" to="/" data-testid="home-link">
      {user.role === 'citizen' ? t('underConstruction.backToMyFamily') : t('underConstruction.back')}
    </Link>
  );
}
