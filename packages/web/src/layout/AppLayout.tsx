import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { DemoDataBanner } from '../ui/DemoDataBanner.tsx';
import { AppFooter } from './AppFooter.tsx';
import { AppHeader } from './AppHeader.tsx';
import { SideNav } from './SideNav.tsx';

export function AppLayout() {
  const { t } = useTranslation();
  const navId = useId();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const { pathname, search } = useLocation();

  const closeMenu = useCallback(() => {
    setMenuOpen(false);
    // Give focus back to the button that opened the drawer (a no-op on desktop, where it is hidden).
    menuButton.current?.focus();
  }, []);

  // Navigation (links, back/forward, region change) always closes the drawer.
  useEffect(() => setMenuOpen(false), [pathname, search]);

  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeMenu();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen, closeMenu]);

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <DemoDataBanner />
      <AppHeader
        menuButtonRef={menuButton}
        menuOpen={menuOpen}
        onOpenMenu={() => setMenuOpen(true)}
        navId={navId}
      />
      <div className="app-body">
        <SideNav id={navId} open={menuOpen} onClose={closeMenu} />
        {menuOpen && <div className="drawer-backdrop" onClick={closeMenu} aria-hidden="true" />}
        <main id="main-content" className="app-main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <AppFooter />
    </div>
  );
}
