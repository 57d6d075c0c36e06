import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Outlet } from 'react-router';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { canOpen } from '../../../layout/navigation.ts';
import { LoadingScreen } from '../../../ui/LoadingScreen.tsx';
import { StatusPage } from '../../StatusPage.tsx';

/**
 * The map reads what the shared area rule lets a role read (agencies the regency, district staff their
 * district, village staff their village): the roles of the Penduduk menu, which is that same 'read' grant.
 */
function RequireAreaReader() {
  const user = useCurrentUser();
  return canOpen(user, 'population') ? <Outlet /> : <StatusPage kind="forbidden" />;
}

/** The poverty map, its own lazy chunk (MapLibre is another, shared with the village comparison). */
export const povertyMapRoutes: RouteObject[] = [
  {
    element: <RequireAreaReader />,
    children: [
      {
        path: 'bantuan-sosial/peta',
        lazy: async () => ({
          Component: (await import('./PovertyMapPage.tsx')).PovertyMapPage as ComponentType,
        }),
        hydrateFallbackElement: <LoadingScreen />,
      },
    ],
  },
];
