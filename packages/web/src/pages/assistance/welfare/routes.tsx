import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Outlet } from 'react-router';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { LoadingScreen } from '../../../ui/LoadingScreen.tsx';
import { StatusPage } from '../../StatusPage.tsx';
import { readsWelfare } from './access.ts';

import type * as WelfarePages from './welfarePages.tsx';

type Pages = typeof WelfarePages;

const page = (name: keyof Pages) => ({
  lazy: async () => ({ Component: (await import('./welfarePages.tsx'))[name] as ComponentType }),
  hydrateFallbackElement: <LoadingScreen />,
});

/** Staff with an area grant read these pages; the server enforces who may change weights or start a run. */
function RequireWelfareReader() {
  const user = useCurrentUser();
  return readsWelfare(user) ? <Outlet /> : <StatusPage kind="forbidden" />;
}

/** Welfare scores, ranking runs and program effect, under /bantuan-sosial (merged with the programs' routes). */
export const welfareRoutes: RouteObject[] = [
  {
    element: <RequireWelfareReader />,
    children: [
      { path: 'bantuan-sosial/kesejahteraan/model', ...page('WelfareModelsPage') },
      { path: 'bantuan-sosial/kesejahteraan/pemeringkatan', ...page('RankingRunsPage') },
      { path: 'bantuan-sosial/program/:id/dampak', ...page('ProgramEffectPage') },
    ],
  },
];
