import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { Outlet } from 'react-router';
import { useCurrentUser } from '../../auth/useAuth.ts';
import { canOpen } from '../../layout/navigation.ts';
import { LoadingScreen } from '../../ui/LoadingScreen.tsx';
import { StatusPage } from '../StatusPage.tsx';

import type * as LettersPages from './lettersPages.tsx';

type Pages = typeof LettersPages;

/** One lazy chunk for the module: only village staff download it. */
const page = (name: keyof Pages) => ({
  lazy: async () => ({ Component: (await import('./lettersPages.tsx'))[name] as ComponentType }),
  hydrateFallbackElement: <LoadingScreen />,
});

/** The village desk's menu; a typed URL gets the same answer. The server enforces it. */
function RequireLetters() {
  const user = useCurrentUser();
  return canOpen(user, 'letters') ? <Outlet /> : <StatusPage kind="forbidden" />;
}

export const lettersRoutes: RouteObject = {
  element: <RequireLetters />,
  children: [
    { path: 'surat', ...page('LetterListPage') },
    { path: 'surat/jenis', ...page('LetterTypesPage') },
    { path: 'surat/:village/buat/:resident', ...page('IssueLetterPage') },
    { path: 'surat/jenis/:village/:type', ...page('LetterSettingsPage') },
    { path: 'surat/jenis/:village/:type/templat', ...page('TemplateEditorPage') },
    { path: 'surat/perangkat', ...page('OfficialsPage') },
    { path: 'surat/agenda', ...page('LetterRegisterPage') },
  ],
};

/** The regency admin's page (menu "Pelimpahan Surat"): the delegations of letter authority to villages. */
function RequireRegencyAdmin() {
  const user = useCurrentUser();
  return canOpen(user, 'letterDelegations') ? <Outlet /> : <StatusPage kind="forbidden" />;
}

export const letterDelegationRoutes: RouteObject = {
  element: <RequireRegencyAdmin />,
  children: [{ path: 'surat-pelimpahan', ...page('DelegationsPage') }],
};
