/** Server state of user accounts, as the platform administrator (系统管理员) keeps them. */
import type { TRoleAssignBody, TUser, TUserCreateBody } from '@chanjiao/contracts/accounts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api';
import type { UserFilters } from '../user-filters';

export interface UserPage {
  items: TUser[];
  total: number;
  page: number;
  pageSize: number;
}

export const USER_PAGE_SIZE = 20;
const USERS = ['users'] as const;

export function useUserList(filters: UserFilters) {
  return useQuery({
    queryKey: [...USERS, 'list', filters],
    queryFn: () => api.get<UserPage>('/api/users', { ...filters, pageSize: USER_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string) {
  return useQuery({ queryKey: [...USERS, 'one', id], queryFn: () => api.get<TUser>(`/api/users/${id}`) });
}

/** Every change answers with the account as it now is: show it at once, and let the lists catch up. */
function useUserChange<I>(change: (input: I) => Promise<TUser>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async (user) => {
      queryClient.setQueryData([...USERS, 'one', user.id], user);
      await queryClient.invalidateQueries({ queryKey: [...USERS, 'list'] });
    },
  });
}

export interface NewAccount {
  account: TUserCreateBody;
  /** The role it starts with, if any. */
  role?: TRoleAssignBody;
}

export interface OpenedAccount {
  user: TUser;
  /** Why the starting role was refused; the account exists regardless, and its password must still be shown. */
  roleProblem: string | null;
}

/** Creating the account, then giving its first role: the cache then holds the account with that role. */
export function useOpenAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ account, role }: NewAccount): Promise<OpenedAccount> => {
      const user = await api.post<TUser>('/api/users', account);
      if (!role) return { user, roleProblem: null };
      try {
        return { user: await api.post<TUser>(`/api/users/${user.id}/roles`, role), roleProblem: null };
      } catch (error) {
        return { user, roleProblem: error instanceof Error ? error.message : String(error) };
      }
    },
    onSuccess: async ({ user }) => {
      queryClient.setQueryData([...USERS, 'one', user.id], user);
      await queryClient.invalidateQueries({ queryKey: [...USERS, 'list'] });
    },
  });
}

export function useDisableUser(id: string) {
  return useUserChange((reason: string) => api.post<TUser>(`/api/users/${id}/disable`, { reason }));
}

export function useEnableUser(id: string) {
  return useUserChange(() => api.post<TUser>(`/api/users/${id}/enable`));
}

export function useAssignRole(id: string) {
  return useUserChange((input: TRoleAssignBody) => api.post<TUser>(`/api/users/${id}/roles`, input));
}

export function useRevokeRole(id: string) {
  return useUserChange((assignmentId: string) => api.delete<TUser>(`/api/users/${id}/roles/${assignmentId}`));
}
