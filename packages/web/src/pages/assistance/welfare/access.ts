import type { User } from '../../../api/types.ts';

/** Dinas Sosial decides on weights and ranking runs (the server's decide_assistance grant). */
export const isDinsos = (user: User) => user.role === 'agency_staff' && user.agency === 'social_affairs';

/** Readers of regency-wide welfare pages: staff with an area grant (social workers and citizens have none). */
export const readsWelfare = (user: User) => user.role !== 'social_worker' && user.role !== 'citizen';
