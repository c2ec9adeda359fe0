/** Server state of the organisation directory. */
import type { TOrgInput, TOrgUpdate } from '@chanjiao/contracts/organizations';
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, downloadFile, multipart, type Query, unwrap } from '../../../app/api';
import type { OrgFilters } from '../org-filters';

export const ORG_PAGE_SIZE = 20;
const ORGS = ['organizations'] as const;

export function useOrgList(filters: OrgFilters) {
  return useQuery({
    queryKey: [...ORGS, 'list', filters],
    queryFn: () => unwrap(client.GET('/api/organizations', { params: { query: { ...filters, pageSize: ORG_PAGE_SIZE } } })),
    // Keep the current page on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

export function useOrg(id: string | undefined) {
  return useQuery({
    queryKey: [...ORGS, 'one', id],
    queryFn: id ? () => unwrap(client.GET('/api/organizations/{id}', { params: { path: { id } } })) : skipToken,
  });
}

export function useOrgMemberships(id: string) {
  return useQuery({
    queryKey: [...ORGS, 'memberships', id],
    queryFn: () => unwrap(client.GET('/api/organizations/{id}/memberships', { params: { path: { id } } })),
  });
}

export function useCreateOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TOrgInput) => unwrap(client.POST('/api/organizations', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORGS }),
  });
}

export function useUpdateOrg(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TOrgUpdate) => unwrap(client.PATCH('/api/organizations/{id}', { params: { path: { id } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORGS }),
  });
}

export function useImportOrgs() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(client.POST('/api/organizations/import', { ...multipart(form) }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORGS }),
  });
}

/** The export takes the list's filters, so the file holds what the user is looking at (all pages). */
export function exportOrgs(filters: OrgFilters, fallbackName: string): Promise<void> {
  const { page: _page, ...rest } = filters;
  return downloadFile('/api/organizations/export.xlsx', rest as Query, fallbackName);
}
