import { useCurrentUser } from '../auth/useAuth.ts';
import { canOpen } from '../layout/navigation.ts';
import type { NavItem } from '../layout/navigation.ts';
import { StatusPage } from './StatusPage.tsx';
import { UnderConstructionPage } from './UnderConstructionPage.tsx';

/** A module URL typed by hand still respects the role's menu; the server enforces the real rule. */
export function ModuleRoute({ item }: { item: NavItem }) {
  const user = useCurrentUser();
  if (!canOpen(user, item.id)) return <StatusPage kind="forbidden" />;
  return <UnderConstructionPage labelKey={item.labelKey} />;
}
