/** Server state of user accounts, as the platform administrator (系统管理员) keeps them. */
import type { TRoleAssignBody, TUser, TUserCreateBody } from '@chanjiao/contracts/accounts';
import { ADMIN_ROLES } from '@chanjiao/contracts/permissions';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';
import type { UserFilters } from '../user-filters';

export const USER_PAGE_SIZE = 20;
const USERS = ['users'] as const;

export function useUserList(filters: UserFilters) {
  return useQuery({
    queryKey: [...USERS, 'list', filters],
    queryFn: () => unwrap(client.GET('/api/users', { params: { query: { ...filters, pageSize: USER_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string) {
  return useQuery({ queryKey: [...USERS, 'one', id], queryFn: () => unwrap(client.GET('/api/users/{id}', { params: { path: { id } } })) });
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
  /** For an administrator role: why it is asked for; the role is then requested, for another duty to approve. */
  adminReason?: string;
}

export interface OpenedAccount {
  user: TUser;
  /** Why the starting role was refused; the account exists regardless, and its password must still be shown. */
  roleProblem: string | null;
  /** The administrator role was requested and awaits another duty's approval (two-person rule). */
  roleRequested: boolean;
}

/** Creating the account, then giving its first role: the cache then holds the account with that role. */
export function useOpenAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ account, role, adminReason }: NewAccount): Promise<OpenedAccount> => {
      const user = await unwrap(client.POST('/api/users', { body: account }));
      if (!role) return { user, roleProblem: null, roleRequested: false };
      try {
        if (ADMIN_ROLES.includes(role.role)) {
          const body = { userId: user.id, role: role.role, reason: adminReason ?? '' };
          await unwrap(client.POST('/api/admin-requests/role-grant', { body }));
          return { user, roleProblem: null, roleRequested: true };
        }
        const withRole = await unwrap(client.POST('/api/users/{id}/roles', { params: { path: { id: user.id } }, body: role }));
        return { user: withRole, roleProblem: null, roleRequested: false };
      } catch (error) {
        return { user, roleProblem: error instanceof Error ? error.message : String(error), roleRequested: false };
      }
    },
    onSuccess: async ({ user }) => {
      queryClient.setQueryData([...USERS, 'one', user.id], user);
      await queryClient.invalidateQueries({ queryKey: [...USERS, 'list'] });
    },
  });
}

export function useDisableUser(id: string) {
  return useUserChange((reason: string) => unwrap(client.POST('/api/users/{id}/disable', { params: { path: { id } }, body: { reason } })));
}

export function useEnableUser(id: string) {
  return useUserChange(() => unwrap(client.POST('/api/users/{id}/enable', { params: { path: { id } } })));
}

export function useAssignRole(id: string) {
  return useUserChange((input: TRoleAssignBody) => unwrap(client.POST('/api/users/{id}/roles', { params: { path: { id } }, body: input })));
}

export function useRevokeRole(id: string) {
  return useUserChange((assignmentId: string) =>
    unwrap(client.DELETE('/api/users/{id}/roles/{assignmentId}', { params: { path: { id, assignmentId } } })),
  );
}
