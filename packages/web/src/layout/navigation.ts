import { mayDo } from '@smart-kampung/domain';
import type { Agency, Role, User } from '../api/types.ts';
import type { Messages } from '../i18n/id.ts';

export type NavItemId =
  | 'dashboard'
  | 'population'
  | 'letters'
  | 'letterDelegations'
  | 'socialAid'
  | 'proposals'
  | 'villageBudget'
  | 'monitoring'
  | 'users';

export interface NavItem {
  id: NavItemId;
  path: string;
  labelKey: keyof Messages['nav'];
  /** false: the route shows the honest "module under construction" page. */
  built: boolean;
}

type Viewer = Pick<User, 'role' | 'agency'>;

interface NavItemDefinition extends NavItem {
  visibleTo: (viewer: Viewer) => boolean;
}

const VILLAGE_ROLES: readonly Role[] = ['village_head', 'village_operator'];

const hasRole =
  (...roles: readonly Role[]) =>
  (viewer: Viewer): boolean =>
    roles.includes(viewer.role);

const isAgency =
  (...agencies: readonly Agency[]) =>
  (viewer: Viewer): boolean =>
    viewer.role === 'agency_staff' && viewer.agency !== null && agencies.includes(viewer.agency);

const anyOf =
  (...rules: ((viewer: Viewer) => boolean)[]) =>
  (viewer: Viewer): boolean =>
    rules.some((rule) => rule(viewer));

// Who sees what follows the Banyuwangi division of tasks: villages run services, the district supervises,
// regency agencies own their sector (Dinsos: social aid; DPMD, Bappeda, Inspektorat: village budgets).
// The server enforces the same rules; hiding a menu item is convenience, not security.
const NAV_ITEMS: readonly NavItemDefinition[] = [
  { id: 'dashboard', path: '/', labelKey: 'dashboard', built: true, visibleTo: () => true },
  {
    id: 'population',
    path: '/penduduk',
    labelKey: 'population',
    built: true,
    visibleTo: hasRole(...VILLAGE_ROLES, 'district_staff', 'agency_staff', 'regency_admin'),
  },
  { id: 'letters', path: '/surat', labelKey: 'letters', built: true, visibleTo: hasRole(...VILLAGE_ROLES) },
  {
    // The regency's side of letters: which letters of the regent's or a district head's authority the
    // villages may issue, and who signs them (pelimpahan kewenangan).
    id: 'letterDelegations',
    path: '/surat-pelimpahan',
    labelKey: 'letterDelegations',
    built: true,
    visibleTo: hasRole('regency_admin'),
  },
  {
    id: 'socialAid',
    path: '/bantuan-sosial',
    labelKey: 'socialAid',
    built: true,
    // Everyone who reads an area reads its social assistance (every agency too); Dinas Sosial decides.
    visibleTo: hasRole(...VILLAGE_ROLES, 'district_staff', 'agency_staff', 'regency_admin'),
  },
  {
    // Usul and sanggah: the village checks and deliberates, the district forwards, Dinas Sosial visits and
    // decides; every reader of an area follows them (the grants table says who reads).
    id: 'proposals',
    path: '/usul-sanggah',
    labelKey: 'proposals',
    built: true,
    visibleTo: (viewer) => mayDo(viewer, 'read'),
  },
  {
    id: 'villageBudget',
    path: '/anggaran-desa',
    labelKey: 'villageBudget',
    built: false,
    visibleTo: anyOf(
      hasRole(...VILLAGE_ROLES, 'district_staff', 'regency_admin'),
      isAgency('village_development', 'planning', 'inspectorate'),
    ),
  },
  {
    id: 'monitoring',
    path: '/monitoring',
    labelKey: 'monitoring',
    built: false,
    visibleTo: hasRole('district_staff', 'agency_staff', 'regency_admin'),
  },
  { id: 'users', path: '/pengguna', labelKey: 'users', built: true, visibleTo: hasRole('regency_admin') },
];

/** The menu for one user, in display order. */
export function navigationFor(viewer: Viewer): NavItem[] {
  return NAV_ITEMS.filter((item) => item.visibleTo(viewer)).map(({ id, path, labelKey, built }) =>
    // Citizens only have their own household, so their dashboard is named for what it shows.
    id === 'dashboard' && viewer.role === 'citizen'
      ? { id, path, labelKey: 'myFamily', built }
      : { id, path, labelKey, built },
  );
}

/** Every module route, for the router; access is checked per user with `navigationFor`. */
export function allNavItems(): NavItem[] {
  return NAV_ITEMS.map(({ id, path, labelKey, built }) => ({ id, path, labelKey, built }));
}

export function canOpen(viewer: Viewer, id: NavItemId): boolean {
  return navigationFor(viewer).some((item) => item.id === id);
}
