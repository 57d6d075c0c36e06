import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Location } from 'react-router';
import { useAuth } from '../../auth/useAuth.ts';
import { DemoDataBanner } from '../../ui/DemoDataBanner.tsx';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { LogoMark } from '../../ui/icons.tsx';
import { LoadingScreen } from '../../ui/LoadingScreen.tsx';
import { LoginForm } from './LoginForm.tsx';
import { LoginModeSwitch } from './LoginModeSwitch.tsx';
import type { LoginMode } from './loginErrorMessage.ts';

/** Where <RequireAuth> wanted to go before it redirected here; the dashboard otherwise. */
function returnPath(state: unknown): string {
  const from = (state as { from?: Location } | null)?.from;
  return from && from.pathname !== '/login' ? `${from.pathname}${from.search}` : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { state, signedIn } = useAuth();
  const location = useLocation();
  const target = returnPath(location.state);
  const [mode, setMode] = useState<LoginMode>('staff');

  if (state.status === 'checking') return <LoadingScreen />;
  // Also the success path: once signedIn() stores the user, this redirect takes them onward.
  if (state.status === 'authenticated') return <Navigate to={target} replace />;

  return (
    <div className="login-page">
      <DemoDataBanner />
      <div className="login-topbar">
        <LanguageSwitch />
      </div>
      <main className="login-main">
        <div className="login-card">
          <header className="login-brand">
            <span className="login-logo">
              <LogoMark />
            </span>
            <div>
              <h1 className="login-product">{t('app.name')}</h1>
              <p className="login-subtitle">{t('app.subtitle')}</p>
            </div>
          </header>
          <h2 className="login-title">{t('login.title')}</h2>
          <LoginModeSwitch mode={mode} onChange={setMode} />
          {/* A fresh form per mode, so a typed password never carries over into the PIN field. */}
          <LoginForm key={mode} mode={mode} onSignedIn={signedIn} />
          <p className="login-help">{t('login.help')}</p>
        </div>
      </main>
    </div>
  );
}
