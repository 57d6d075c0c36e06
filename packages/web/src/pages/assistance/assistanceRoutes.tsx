import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Outlet } from 'react-router';
import { useCurrentUser } from '../../auth/useAuth.ts';
import { canOpen } from '../../layout/navigation.ts';
import { LoadingScreen } from '../../ui/LoadingScreen.tsx';
import { StatusPage } from '../StatusPage.tsx';

import type * as AssistancePages from './assistancePages.tsx';

type Pages = typeof AssistancePages;

/** One lazy chunk for the module: only those who read social assistance download it. */
const page = (name: keyof Pages) => ({
  lazy: async () => ({ Component: (await import('./assistancePages.tsx'))[name] as ComponentType }),
  hydrateFallbackElement: <LoadingScreen />,
});

/** The menu decides who sees the module; a typed URL gets the same answer. The server enforces it. */
function RequireSocialAid() {
  const user = useCurrentUser();
  return canOpen(user, 'socialAid') ? <Outlet /> : <StatusPage kind="forbidden" />;
}

export const assistanceRoutes: RouteObject = {
  element: <RequireSocialAid />,
  children: [
    { path: 'bantuan-sosial', ...page('ProgramListPage') },
    { path: 'bantuan-sosial/program/:id', ...page('ProgramPage') },
    { path: 'bantuan-sosial/:village/kepesertaan/:id', ...page('EnrolmentPage') },
  ],
};
