/** Server state of the organisation directory. */
import type { TOrgMembership } from '@chanjiao/contracts/bodies';
import type { TImportResult } from '@chanjiao/contracts/files';
import type { TOrg, TOrgInput, TOrgUpdate } from '@chanjiao/contracts/organizations';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, downloadFile, type Query } from '../../../app/api';
import type { OrgFilters } from '../org-filters';

export interface OrgPage {
  items: Omit<TOrg, 'abilities'>[];
  total: number;
  page: number;
  pageSize: number;
}

export const ORG_PAGE_SIZE = 20;
const ORGS = ['organizations'] as const;

export function useOrgList(filters: OrgFilters) {
  return useQuery({
    queryKey: [...ORGS, 'list', filters],
    queryFn: () => api.get<OrgPage>('/api/organizations', { ...filters, pageSize: ORG_PAGE_SIZE } as Query),
    // Keep the current page on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

export function useOrg(id: string | undefined) {
  return useQuery({
    queryKey: [...ORGS, 'one', id],
    queryFn: () => api.get<TOrg>(`/api/organizations/${id}`),
    enabled: !!id,
  });
}

export function useOrgMemberships(id: string) {
  return useQuery({
    queryKey: [...ORGS, 'memberships', id],
    queryFn: () => api.get<TOrgMembership[]>(`/api/organizations/${id}/memberships`),
  });
}

export function useCreateOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TOrgInput) => api.post<TOrg>('/api/organizations', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORGS }),
  });
}

export function useUpdateOrg(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TOrgUpdate) => api.patch<TOrg>(`/api/organizations/${id}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORGS }),
  });
}

export function useImportOrgs() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.upload<TImportResult>('/api/organizations/import', form);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORGS }),
  });
}

/** The export takes the list's filters, so the file holds what the user is looking at (all pages). */
export function exportOrgs(filters: OrgFilters, fallbackName: string): Promise<void> {
  const { page: _page, ...rest } = filters;
  return downloadFile('/api/organizations/export.xlsx', rest as Query, fallbackName);
}
