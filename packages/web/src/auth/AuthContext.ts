import { createContext } from 'react';
import type { User } from '../api/types.ts';

export type AuthState =
  { status: 'checking' } | { status: 'anonymous' } | { status: 'authenticated'; user: User };

export interface AuthContextValue {
  state: AuthState;
  /** Called by the login page after the server accepted the credentials. */
  signedIn: (user: User) => void;
  signOut: () => Promise<void>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
