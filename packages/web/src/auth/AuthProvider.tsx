import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { setUnauthorizedHandler } from '../api/client.ts';
import { fetchCurrentUser, logout } from '../api/endpoints.ts';
import type { User } from '../api/types.ts';
import { clearRegionCache } from '../regions/regionCache.ts';
import { AuthContext } from './AuthContext.ts';
import type { AuthContextValue, AuthState } from './AuthContext.ts';

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'checking' });
  const navigate = useNavigate();

  // The session cookie is httpOnly, so the only way to know who is signed in is to ask the server.
  useEffect(() => {
    const controller = new AbortController();
    fetchCurrentUser(controller.signal).then(
      (user) => setState({ status: 'authenticated', user }),
      () => {
        // 401 means "not signed in"; on a network failure the login page will show the real error.
        if (!controller.signal.aborted) setState({ status: 'anonymous' });
      },
    );
    return () => controller.abort();
  }, []);

  // Any 401 from a later call means the session expired: <RequireAuth> then sends the user to /login.
  useEffect(() => {
    setUnauthorizedHandler(() => {
      clearRegionCache();
      setState({ status: 'anonymous' });
    });
    return () => setUnauthorizedHandler(() => {});
  }, []);

  const signedIn = useCallback((user: User) => setState({ status: 'authenticated', user }), []);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch {
      // Even if the server is unreachable, forget the user locally; the cookie expires on its own.
    }
    clearRegionCache();
    setState({ status: 'anonymous' });
    await navigate('/login', { replace: true });
  }, [navigate]);

  const value = useMemo<AuthContextValue>(() => ({ state, signedIn, signOut }), [state, signedIn, signOut]);
  return <AuthContext value={value}>{children}</AuthContext>;
}
