import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Outlet } from 'react-router';
import { RequireCitizen } from '../../../auth/RequireCitizen.tsx';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { canOpen } from '../../../layout/navigation.ts';
import { LoadingScreen } from '../../../ui/LoadingScreen.tsx';
import { StatusPage } from '../../StatusPage.tsx';

import type * as CitizenPages from './citizenPages.tsx';
import type * as DeskPages from './deskPages.tsx';

/** Lazy chunks: the citizen's pages and the office's apart, and neither on a citizen's family card. */
const citizenPage = (name: keyof typeof CitizenPages) => ({
  lazy: async () => ({ Component: (await import('./citizenPages.tsx'))[name] as ComponentType }),
  hydrateFallbackElement: <LoadingScreen />,
});
const deskPage = (name: keyof typeof DeskPages) => ({
  lazy: async () => ({ Component: (await import('./deskPages.tsx'))[name] as ComponentType }),
  hydrateFallbackElement: <LoadingScreen />,
});

function RequireDesk() {
  const user = useCurrentUser();
  return canOpen(user, 'letters') ? <Outlet /> : <StatusPage kind="forbidden" />;
}

export const letterRequestRoutes: RouteObject[] = [
  {
    element: <RequireDesk />,
    children: [
      { path: 'surat/permohonan', ...deskPage('RequestQueuePage') },
      { path: 'surat/permohonan/:village/:id', ...deskPage('RequestPage') },
    ],
  },
  {
    element: <RequireCitizen />,
    children: [
      { path: 'surat-saya', ...citizenPage('MyLettersPage') },
      { path: 'surat-saya/baru', ...citizenPage('NewRequestPage') },
      { path: 'surat-saya/:id', ...citizenPage('MyRequestPage') },
    ],
  },
];
