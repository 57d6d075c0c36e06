// Bantuan sosial › Berkas: the program file import and the BNBA export, one lazy chunk. The lead merges
// this list into the assistance section's router (assistanceRoutes.tsx).
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { LoadingScreen } from '../../../ui/LoadingScreen.tsx';
import type * as FilesPages from './filesPages.tsx';

const page = (name: keyof typeof FilesPages) => ({
  lazy: async () => ({ Component: (await import('./filesPages.tsx'))[name] as ComponentType }),
  hydrateFallbackElement: <LoadingScreen />,
});

export const assistanceFilesRoutes: RouteObject[] = [
  { path: 'bantuan-sosial/impor', ...page('AssistanceImportPage') },
  { path: 'bantuan-sosial/ekspor-bnba', ...page('BnbaExportPage') },
];
