// Everything behind the Pengguna menu, in one chunk loaded the first time the regency admin opens it.
import './users.css';

export { AccountPage } from './AccountPage.tsx';
export { NewUserPage } from './NewUserPage.tsx';
export { UserListPage } from './UserListPage.tsx';
