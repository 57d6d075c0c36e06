import { createBrowserRouter, Outlet } from 'react-router';
import { AuthProvider } from './auth/AuthProvider.tsx';
import { RequireAuth } from './auth/RequireAuth.tsx';
import { ConfigProvider } from './config/ConfigProvider.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { ChangePasswordRoute } from './pages/account/ChangePasswordPage.tsx';
import { allNavItems } from './layout/navigation.ts';
import { DashboardPage } from './pages/dashboard/DashboardPage.tsx';
import { LoginPage } from './pages/login/LoginPage.tsx';
import { ModuleRoute } from './pages/ModuleRoute.tsx';
import { welfareRoutes } from './pages/assistance/welfare/routes.tsx';
import { assistanceFilesRoutes } from './pages/assistance/files/routes.tsx';
import { assistanceRoutes } from './pages/assistance/assistanceRoutes.tsx';
import { povertyMapRoutes } from './pages/assistance/map/routes.tsx';
import { letterDelegationRoutes, lettersRoutes } from './pages/letters/lettersRoutes.tsx';
import { letterRequestRoutes } from './pages/letters/requests/requestRoutes.tsx';
import { populationRoutes } from './pages/population/populationRoutes.tsx';
import { StatusPage } from './pages/StatusPage.tsx';
import { usersRoutes } from './pages/users/usersRoutes.tsx';
import { targetingRoutes } from './pages/assistance/targeting/routes.tsx';
import { proposalRoutes } from './pages/assistance/proposals/routes.tsx';

// Providers sit inside the router because signing out navigates.
function Root() {
  return (
    <ConfigProvider>
      <AuthProvider>
        <Outlet />
      </AuthProvider>
    </ConfigProvider>
  );
}

const moduleRoutes = allNavItems()
  .filter((item) => !item.built)
  .map((item) => ({ path: item.path.slice(1), element: <ModuleRoute item={item} /> }));

export const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <DashboardPage /> },
          populationRoutes,
          lettersRoutes,
          assistanceRoutes,
          letterDelegationRoutes,
          ...letterRequestRoutes,
          usersRoutes,
          ...welfareRoutes,
          ...assistanceFilesRoutes,
          ...povertyMapRoutes,
          ...targetingRoutes,
          ...proposalRoutes,
          { path: 'kata-sandi', element: <ChangePasswordRoute /> },
          ...moduleRoutes,
          { path: '*', element: <StatusPage kind="notFound" /> },
        ],
      },
    ],
  },
]);
