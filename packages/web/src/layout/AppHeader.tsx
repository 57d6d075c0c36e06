import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { LogoMark, MenuIcon } from '../ui/icons.tsx';
import { useCurrentUser } from '../auth/useAuth.ts';
import { RegionPicker } from '../ui/RegionPicker.tsx';
import { UserSummary } from './UserSummary.tsx';

interface AppHeaderProps {
  menuButtonRef: RefObject<HTMLButtonElement | null>;
  menuOpen: boolean;
  onOpenMenu: () => void;
  navId: string;
}

export function AppHeader({ menuButtonRef, menuOpen, onOpenMenu, navId }: AppHeaderProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <header className="app-header">
      {/* The menu button only shows on phones, where the navigation is a drawer. */}
      <button
        ref={menuButtonRef}
        type="button"
        className="icon-button menu-button"
        aria-expanded={menuOpen}
        aria-controls={navId}
        aria-label={t('header.openMenu')}
        onClick={onOpenMenu}
      >
        <MenuIcon />
      </button>
      <Link to="/" className="brand">
        <LogoMark />
        <span className="brand-name">{t('app.name')}</span>
      </Link>
      {/* A grid area: beside the brand on desktop, a full-width second row on phones. */}
      {/* A citizen reads only their own village's record: no area to pick. */}
      <div className="app-header-region">{user.role !== 'citizen' && <RegionPicker />}</div>
      <div className="app-header-actions">
        <LanguageSwitch />
        <UserSummary className="user-summary-header" />
      </div>
    </header>
  );
}
