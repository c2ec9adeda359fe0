/**
 * The security desk's filters in the address (?status=&q=&page=). The desk opens on locked accounts, the
 * usual reason to come here; "all" has to be chosen and then shows in the address.
 */
import { SECURITY_ACCOUNT_STATUSES, type SecurityAccountStatus } from '@chanjiao/contracts/accounts';

export interface AccountFilters {
  q?: string;
  status: SecurityAccountStatus;
  page: number;
}

export const DEFAULT_ACCOUNT_STATUS: SecurityAccountStatus = 'locked';
/** The order of the desk's status switch: the default first, everything last. */
export const DESK_STATUSES: readonly SecurityAccountStatus[] = ['locked', 'no_totp', 'disabled', 'all'];

function isStatus(value: string | null): value is SecurityAccountStatus {
  return (SECURITY_ACCOUNT_STATUSES as readonly (string | null)[]).includes(value);
}

export function parseAccountFilters(params: URLSearchParams): AccountFilters {
  const status = params.get('status');
  const page = Number(params.get('page'));
  return {
    q: params.get('q')?.trim() || undefined,
    status: isStatus(status) ? status : DEFAULT_ACCOUNT_STATUS,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function changedAccountFilterParams(current: AccountFilters, change: Partial<AccountFilters>): URLSearchParams {
  const next: AccountFilters = { ...current, page: 1, ...change };
  const params = new URLSearchParams();
  if (next.status !== DEFAULT_ACCOUNT_STATUS) params.set('status', next.status);
  if (next.q) params.set('q', next.q);
  if (next.page > 1) params.set('page', String(next.page));
  return params;
}
