// Usul and sanggah (issue 13 §2): the citizen's own pages and the staff's queues, each a lazy chunk of its own,
// so a citizen's first visit carries none of the staff's screens. The server decides who may do what.
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireCitizen } from '../../../auth/RequireCitizen.tsx';
import { LoadingScreen } from '../../../ui/LoadingScreen.tsx';
import type * as CitizenPages from './citizen/citizenPages.tsx';

const citizenPage = (name: keyof typeof CitizenPages) => ({
  lazy: async () => ({ Component: (await import('./citizen/citizenPages.tsx'))[name] as ComponentType }),
  hydrateFallbackElement: <LoadingScreen />,
});

export const proposalRoutes: RouteObject[] = [
  {
    element: <RequireCitizen />,
    children: [
      { path: 'usul-saya', ...citizenPage('MyProposalsPage') },
      { path: 'usul-saya/baru', ...citizenPage('NewProposalPage') },
    ],
  },
];
