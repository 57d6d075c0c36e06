import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Outlet } from 'react-router';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { canOpen } from '../../../layout/navigation.ts';
import { LoadingScreen } from '../../../ui/LoadingScreen.tsx';
import { StatusPage } from '../../StatusPage.tsx';

import type * as RequestPages from './requestPages.tsx';

/** One lazy chunk for the request pages: a citizen's family card never downloads it. */
const page = (name: keyof typeof RequestPages) => ({
  lazy: async () => ({ Component: (await import('./requestPages.tsx'))[name] as ComponentType }),
  hydrateFallbackElement: <LoadingScreen />,
});

function RequireDesk() {
  const user = useCurrentUser();
  return canOpen(user, 'letters') ? <Outlet /> : <StatusPage kind="forbidden" />;
}

function RequireCitizen() {
  const user = useCurrentUser();
  return user.role === 'citizen' ? <Outlet /> : <StatusPage kind="forbidden" />;
}

export const letterRequestRoutes: RouteObject[] = [
  {
    element: <RequireDesk />,
    children: [
      { path: 'surat/permohonan', ...page('RequestQueuePage') },
      { path: 'surat/permohonan/:village/:id', ...page('RequestPage') },
    ],
  },
  {
    element: <RequireCitizen />,
    children: [
      { path: 'surat-saya', ...page('MyLettersPage') },
      { path: 'surat-saya/baru', ...page('NewRequestPage') },
      { path: 'surat-saya/:id', ...page('MyRequestPage') },
    ],
  },
];
