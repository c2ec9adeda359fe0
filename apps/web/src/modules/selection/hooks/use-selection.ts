/** Server state of the selection: calls, indicator systems, applications, versions. */
import type {
  ApplicationSection,
  TApplication,
  TApplicationDiff,
  TApplicationSummary,
  TApplicationVersionSummary,
  TCall,
  TCallSummary,
  TIndicatorSystem,
  TSupportingMaterial,
  TTocEntry,
} from '@chanjiao/contracts/selection/index';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

const SELECTION = ['selection'] as const;

export function usePublicCalls() {
  return useQuery({
    queryKey: [...SELECTION, 'public'],
    queryFn: () => api.get<Page<TCallSummary>>('/api/public/selection/calls', { pageSize: 100 }),
  });
}

export function usePublicCall(id: string | undefined) {
  return useQuery({ queryKey: [...SELECTION, 'public', id], queryFn: () => api.get<TCall>(`/api/public/selection/calls/${id}`), enabled: !!id });
}

export function useManagedCalls(enabled: boolean) {
  return useQuery({
    queryKey: [...SELECTION, 'calls'],
    queryFn: () => api.get<Page<TCallSummary>>('/api/selection/calls', { pageSize: 100 }),
    enabled,
  });
}

export function useCall(id: string | undefined) {
  return useQuery({ queryKey: [...SELECTION, 'call', id], queryFn: () => api.get<TCall>(`/api/selection/calls/${id}`), enabled: !!id });
}

export function useCallApplications(id: string | undefined) {
  return useQuery({
    queryKey: [...SELECTION, 'call', id, 'applications'],
    queryFn: () => api.get<Page<TApplicationSummary>>(`/api/selection/calls/${id}/applications`, { pageSize: 200 }),
    enabled: !!id,
  });
}

export function useMyApplications(enabled: boolean) {
  return useQuery({
    queryKey: [...SELECTION, 'mine'],
    queryFn: () => api.get<Page<TApplicationSummary>>('/api/selection/applications', { pageSize: 100 }),
    enabled,
  });
}

export function useIndicatorSystem(id: string | undefined) {
  return useQuery({
    queryKey: [...SELECTION, 'indicators', id],
    queryFn: () => api.get<TIndicatorSystem>(`/api/selection/indicator-systems/${id}`),
    enabled: !!id,
  });
}

/** The API root of one application: the applicant's, or the authority's view through its call. */
export function applicationBase(id: string, callId?: string): string {
  return callId ? `/api/selection/calls/${callId}/applications/${id}` : `/api/selection/applications/${id}`;
}

export function useApplication(base: string) {
  return useQuery({ queryKey: [...SELECTION, 'application', base], queryFn: () => api.get<TApplication>(base) });
}

export function useVersions(base: string) {
  return useQuery({ queryKey: [...SELECTION, 'application', base, 'versions'], queryFn: () => api.get<TApplicationVersionSummary[]>(`${base}/versions`) });
}

export function useDiff(base: string, from: string | null, to: string | null) {
  return useQuery({
    queryKey: [...SELECTION, 'application', base, 'diff', from, to],
    queryFn: () => api.get<TApplicationDiff>(`${base}/diff`, { from, to }),
    enabled: !!from && !!to && from !== to,
  });
}

export function useInvalidateSelection() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: SELECTION });
}

export function useSaveSection(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { section: ApplicationSection; version: number; data: unknown }) =>
      api.patch<TApplication>(`/api/selection/applications/${id}/sections/${input.section}`, { version: input.version, data: input.data }),
    onSuccess: (application) => queryClient.setQueryData([...SELECTION, 'application', applicationBase(id)], application),
  });
}

export function useSubmitApplication(id: string) {
  const invalidate = useInvalidateSelection();
  return useMutation({
    mutationFn: (version: number) => api.post<TApplication>(`/api/selection/applications/${id}/submit`, { version }),
    onSuccess: invalidate,
  });
}

export function useUploadMaterial(id: string) {
  const invalidate = useInvalidateSelection();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.upload<TSupportingMaterial>(`/api/selection/applications/${id}/material`, form);
    },
    onSuccess: invalidate,
  });
}

export function useSaveToc(id: string) {
  const invalidate = useInvalidateSelection();
  return useMutation({
    mutationFn: (entries: TTocEntry[]) => api.put<TSupportingMaterial>(`/api/selection/applications/${id}/material/toc`, { entries }),
    onSuccess: invalidate,
  });
}
