/** The role catalogue (GET /api/roles) and saving one role's grants. Labels come in the request's language. */
import type { TRoleCatalog } from '@chanjiao/contracts/accounts';
import type { Permission, Role } from '@chanjiao/contracts/permissions';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';

const ROLES_KEY = ['roles'] as const;

export function useRoleCatalog() {
  return useQuery({ queryKey: ROLES_KEY, queryFn: () => unwrap(client.GET('/api/roles')) });
}

export function useSaveRolePermissions(role: Role) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (permissions: Permission[]) =>
      unwrap(client.PUT('/api/roles/{role}/permissions', { params: { path: { role } }, body: { permissions } })),
    onSuccess: (saved) =>
      queryClient.setQueryData<TRoleCatalog>(
        ROLES_KEY,
        (catalog) => catalog && { ...catalog, roles: catalog.roles.map((info) => (info.role === saved.role ? saved : info)) },
      ),
  });
}
