/** The security desk's accounts (GET /api/security/accounts), unlocking, resetting second factors and passwords. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';
import type { AccountFilters } from '../account-filters';

export const ACCOUNT_PAGE_SIZE = 20;
const ACCOUNTS = ['security', 'accounts'] as const;

export function useSecurityAccounts(filters: AccountFilters) {
  return useQuery({
    queryKey: [...ACCOUNTS, filters],
    queryFn: () => unwrap(client.GET('/api/security/accounts', { params: { query: { ...filters, pageSize: ACCOUNT_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

function useAccountAction(action: 'unlock' | 'reset-totp') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(client.POST(`/api/security/accounts/{id}/${action}`, { params: { path: { id } } })),
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
      unwrap(client.POST('/api/security/accounts/{id}/reset-password', { params: { path: { id } }, body: { temporaryPassword } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ACCOUNTS }),
  });
}
