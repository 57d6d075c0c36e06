// Usul and sanggah (issue 13 §2): the citizen's own pages and the staff's queues, each a lazy chunk of its own,
// so a citizen's first visit carries none of the staff's screens. The server decides who may do what.
import type { ComponentType } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { RequireCitizen } from '../../../auth/RequireCitizen.tsx';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { canOpen } from '../../../layout/navigation.ts';
import { LoadingScreen } from '../../../ui/LoadingScreen.tsx';
import { StatusPage } from '../../StatusPage.tsx';
import type * as CitizenPages from './citizen/citizenPages.tsx';
import type * as StaffPages from './staffPages.tsx';

const citizenPage = (name: keyof typeof CitizenPages) => ({
  lazy: async () => ({ Component: (await import('./citizen/citizenPages.tsx'))[name] as ComponentType }),
  hydrateFallbackElement: <LoadingScreen />,
});

const staffPage = (name: keyof typeof StaffPages) => ({
  lazy: async () => ({ Component: (await import('./staffPages.tsx'))[name] as ComponentType }),
  hydrateFallbackElement: <LoadingScreen />,
});

/** The menu decides who sees the section; a typed address gets the same answer. */
function RequireProposals() {
  const user = useCurrentUser();
  return canOpen(user, 'proposals') ? <Outlet /> : <StatusPage kind="forbidden" />;
}

export const proposalRoutes: RouteObject[] = [
  {
    element: <RequireProposals />,
    children: [
      { path: 'usul-sanggah', ...staffPage('QueuePage') },
      { path: 'usul-sanggah/baru', ...staffPage('DeskPage') },
      { path: 'usul-sanggah/musyawarah', ...staffPage('MeetingsPage') },
      { path: 'usul-sanggah/tenggat', ...staffPage('DeadlinesPage') },
      { path: 'usul-sanggah/:village/:id', ...staffPage('ItemPage') },
    ],
  },
  {
    element: <RequireCitizen />,
    children: [
      { path: 'usul-saya', ...citizenPage('MyProposalsPage') },
      { path: 'usul-saya/baru', ...citizenPage('NewProposalPage') },
    ],
  },
];
