/** The security desk's accounts (GET /api/security/accounts), unlocking, resetting second factors and passwords. */
import type { TSecurityAccount } from '@chanjiao/contracts/accounts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api';
import type { AccountFilters } from '../account-filters';

export interface SecurityAccountPage {
  items: TSecurityAccount[];
  total: number;
  page: number;
  pageSize: number;
}

export const ACCOUNT_PAGE_SIZE = 20;
const ACCOUNTS = ['security', 'accounts'] as const;

export function useSecurityAccounts(filters: AccountFilters) {
  return useQuery({
    queryKey: [...ACCOUNTS, filters],
    queryFn: () => api.get<SecurityAccountPage>('/api/security/accounts', { ...filters, pageSize: ACCOUNT_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

function useAccountAction(action: 'unlock' | 'reset-totp') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<TSecurityAccount>(`/api/security/accounts/${id}/${action}`),
    // An unlocked account leaves the "locked" list; every filtered list may change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ACCOUNTS }),
  });
}

export const useUnlockAccount = () => useAccountAction('unlock');
export const useResetSecondFactor = () => useAccountAction('reset-totp');

export function useResetPassword(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (temporaryPassword: string) =>
      api.post<TSecurityAccount>(`/api/security/accounts/${id}/reset-password`, { temporaryPassword }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ACCOUNTS }),
  });
}
