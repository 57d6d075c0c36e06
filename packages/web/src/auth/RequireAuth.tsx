import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ChangePasswordPage } from '../pages/account/ChangePasswordPage.tsx';
import { DemoDataBanner } from '../ui/DemoDataBanner.tsx';
import { LoadingScreen } from '../ui/LoadingScreen.tsx';
import { useAuth } from './useAuth.ts';

/**
 * Sends anonymous visitors to /login and remembers where they wanted to go. A staff member signed in with a
 * one-time password sees only the page to choose their own (the server refuses everything else until then).
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'checking') return <LoadingScreen />;
  if (state.status === 'anonymous') return <Navigate to="/login" replace state={{ from: location }} />;
  if (state.user.passwordChangeRequired)
    return (
      <div className="password-required-shell">
        <DemoDataBanner />
        <main className="password-required-main">
          <ChangePasswordPage />
        </main>
      </div>
    );
  return children;
}
