import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Outlet } from 'react-router';
import { useCurrentUser } from '../../auth/useAuth.ts';
import { canOpen } from '../../layout/navigation.ts';
import { LoadingScreen } from '../../ui/LoadingScreen.tsx';
import { StatusPage } from '../StatusPage.tsx';

import type * as UsersPages from './usersPages.tsx';

type Pages = typeof UsersPages;

/** One lazy chunk for the module: only the regency admin ever downloads it. */
const page = (name: keyof Pages) => ({
  lazy: async () => ({ Component: (await import('./usersPages.tsx'))[name] as ComponentType }),
  hydrateFallbackElement: <LoadingScreen />,
});

/** Only the regency admin has the Pengguna menu; a typed URL gets the same answer. The server enforces it. */
function RequireUserAdmin() {
  const user = useCurrentUser();
  return canOpen(user, 'users') ? <Outlet /> : <StatusPage kind="forbidden" />;
}

export const usersRoutes: RouteObject = {
  element: <RequireUserAdmin />,
  children: [
    { path: 'pengguna', ...page('UserListPage') },
    { path: 'pengguna/baru', ...page('NewUserPage') },
    { path: 'pengguna/:id', ...page('AccountPage') },
  ],
};
