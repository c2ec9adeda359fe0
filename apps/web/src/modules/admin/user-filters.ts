/**
 * The account list's filters as they live in the address (?q=&status=&page=), so reload, back/forward and a
 * shared link show the same list. Values a hand-edited address gets wrong are ignored.
 */
import { USER_STATUSES, type UserStatus } from '@chanjiao/contracts/accounts';

export interface UserFilters {
  q?: string;
  status: UserStatus;
  page: number;
}

const DEFAULT_STATUS: UserStatus = 'all';

function isStatus(value: string | null): value is UserStatus {
  return (USER_STATUSES as readonly (string | null)[]).includes(value);
}

export function parseUserFilters(params: URLSearchParams): UserFilters {
  const status = params.get('status');
  const page = Number(params.get('page'));
  return {
    q: params.get('q')?.trim() || undefined,
    status: isStatus(status) ? status : DEFAULT_STATUS,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Any change other than turning the page starts again at page 1; defaults stay out of the address. */
export function changedUserFilterParams(current: UserFilters, change: Partial<UserFilters>): URLSearchParams {
  const next: UserFilters = { ...current, page: 1, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.status !== DEFAULT_STATUS) params.set('status', next.status);
  if (next.page > 1) params.set('page', String(next.page));
  return params;
}
