import { useContext } from 'react';
import type { User } from '../api/types.ts';
import { AuthContext } from './AuthContext.ts';
import type { AuthContextValue } from './AuthContext.ts';

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** For pages behind <RequireAuth>, where a signed-in user is guaranteed. */
export function useCurrentUser(): User {
  const { state } = useAuth();
  if (state.status !== 'authenticated') throw new Error('useCurrentUser must be used behind <RequireAuth>');
  return state.user;
}
