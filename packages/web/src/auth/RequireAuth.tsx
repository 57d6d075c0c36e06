import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LoadingScreen } from '../ui/LoadingScreen.tsx';
import { useAuth } from './useAuth.ts';

/** Sends anonymous visitors to /login and remembers where they wanted to go. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'checking') return <LoadingScreen />;
  if (state.status === 'anonymous') return <Navigate to="/login" replace state={{ from: location }} />;
  return children;
}
