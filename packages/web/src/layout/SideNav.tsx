import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useSearchParams } from 'react-router';
import { useCurrentUser } from '../auth/useAuth.ts';
import { REGION_PARAM } from '../regions/useSelectedRegion.ts';
import { CloseIcon } from '../ui/icons.tsx';
import { navigationFor } from './navigation.ts';
import { UserSummary } from './UserSummary.tsx';

interface SideNavProps {
  id: string;
  open: boolean;
  onClose: () => void;
}

/** Sidebar on desktop; an off-canvas drawer on phones, opened from the header's menu button. */
export function SideNav({ id, open, onClose }: SideNavProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [searchParams] = useSearchParams();
  const closeButton = useRef<HTMLButtonElement>(null);
  // Carry the selected region along, so switching modules keeps the same area in view.
  const region = searchParams.get(REGION_PARAM);
  const search = region ? `?${new URLSearchParams({ [REGION_PARAM]: region }).toString()}` : '';

  // Keyboard and screen-reader users land inside the drawer they just opened.
  useEffect(() => {
    if (open) closeButton.current?.focus();
  }, [open]);

  return (
    <nav id={id} className={open ? 'side-nav is-open' : 'side-nav'} aria-label={t('nav.label')}>
      <div className="drawer-header">
        <span className="drawer-title">{t('app.name')}</span>
        <button
          ref={closeButton}
          type="button"
          className="icon-button"
          aria-label={t('header.closeMenu')}
          onClick={onClose}
        >
          <CloseIcon />
        </button>
      </div>
      <ul className="side-nav-list">
        {navigationFor(user).map((item) => (
          <li key={item.id}>
            <NavLink
              to={{ pathname: item.path, search }}
              end={item.path === '/'}
              className="side-nav-link"
              onClick={onClose}
            >
              {t(`nav.${item.labelKey}`)}
            </NavLink>
          </li>
        ))}
      </ul>
      <UserSummary className="user-summary-drawer" />
    </nav>
  );
}
