// Targeting pages (issue 12 §3), one lazy chunk: the program list, a program's eligibility with its what-if,
// counts and lists, and the duplicates. The server decides who may read or change what.
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { LoadingScreen } from '../../../ui/LoadingScreen.tsx';
import type * as TargetingPages from './targetingPages.tsx';

type Pages = typeof TargetingPages;

const page = (name: keyof Pages) => ({
  lazy: async () => ({ Component: (await import('./targetingPages.tsx'))[name] as ComponentType }),
  hydrateFallbackElement: <LoadingScreen />,
});

export const targetingRoutes: RouteObject[] = [
  { path: 'bantuan-sosial/penargetan', ...page('TargetingProgramsPage') },
  { path: 'bantuan-sosial/penargetan/ganda', ...page('DuplicatesPage') },
  { path: 'bantuan-sosial/penargetan/:programId', ...page('ProgramTargetingPage') },
];
