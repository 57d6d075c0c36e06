import { Outlet } from 'react-router';
import { StatusPage } from '../pages/StatusPage.tsx';
import { useCurrentUser } from './useAuth.ts';

/** The citizen's own pages (NIK + PIN accounts); staff who type the address get the honest "not for you". */
export function RequireCitizen() {
  const user = useCurrentUser();
  return user.role === 'citizen' ? <Outlet /> : <StatusPage kind="forbidden" />;
}
