import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Outlet } from 'react-router';
import { useCurrentUser } from '../../auth/useAuth.ts';
import { canOpen } from '../../layout/navigation.ts';
import { LoadingScreen } from '../../ui/LoadingScreen.tsx';
import { StatusPage } from '../StatusPage.tsx';

import type * as PopulationPages from './populationPages.tsx';

type Pages = typeof PopulationPages;

/** One lazy chunk for the whole module; react-router waits for it before rendering the page. */
const page = (name: keyof Pages) => ({
  lazy: async () => ({ Component: (await import('./populationPages.tsx'))[name] as ComponentType }),
  // Shown while the chunk loads when a population URL is the first page opened (reload, shared link).
  hydrateFallbackElement: <LoadingScreen />,
});

/** The module's pages are for roles with the Penduduk menu; a typed URL gets the same answer as the menu. */
function RequirePopulation() {
  const user = useCurrentUser();
  return canOpen(user, 'population') ? <Outlet /> : <StatusPage kind="forbidden" />;
}

// Indonesian paths, as the users read them: /penduduk, /keluarga/…, /rumah-tangga/…
export const populationRoutes: RouteObject = {
  element: <RequirePopulation />,
  children: [
    { path: 'penduduk', ...page('ResidentListPage') },
    { path: 'penduduk/rumah-tangga', ...page('HouseholdListPage') },
    { path: 'penduduk/statistik', ...page('PopulationStatsPage') },
    { path: 'penduduk/impor', ...page('ImportPage') },
    { path: 'penduduk/impor-rumah-tangga', ...page('HouseholdImportPage') },
    { path: 'penduduk/impor-perumahan', ...page('HousingImportPage') },
    { path: 'penduduk/impor-regsosek-anggota', ...page('RegsosekMembersImportPage') },
    { path: 'penduduk/impor-regsosek-keluarga', ...page('RegsosekFamiliesImportPage') },
    { path: 'penduduk/pindah-datang', ...page('MoveInPage') },
    { path: 'penduduk/:village/:id', ...page('ResidentRoute') },
    { path: 'penduduk/:village/:id/meninggal', ...page('DeathPage') },
    { path: 'penduduk/:village/:id/pindah-keluar', ...page('MoveOutPage') },
    { path: 'penduduk/:village/:id/koreksi', ...page('CorrectionPage') },
    { path: 'keluarga/:village/:id', ...page('FamilyCardRoute') },
    { path: 'keluarga/:village/:id/kelahiran', ...page('BirthPage') },
    { path: 'keluarga/:village/:id/pecah', ...page('SplitPage') },
    { path: 'keluarga/:village/:id/gabung', ...page('MergePage') },
    { path: 'rumah-tangga/:village/:id', ...page('HouseholdRoute') },
    { path: 'rumah-tangga/:village/:id/ubah', ...page('HouseholdEditRoute') },
  ],
};
