/** Server state of the selection: calls, indicator systems, applications, versions. */
import type { ApplicationSection, TTocEntry } from '@chanjiao/contracts/selection/index';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, multipart, unwrap } from '../../../app/api';

const SELECTION = ['selection'] as const;

export function usePublicCalls() {
  return useQuery({
    queryKey: [...SELECTION, 'public'],
    queryFn: () => unwrap(client.GET('/api/public/selection/calls', { params: { query: { pageSize: 100 } } })),
  });
}

export function usePublicCall(id: string | undefined) {
  return useQuery({
    queryKey: [...SELECTION, 'public', id],
    queryFn: id ? () => unwrap(client.GET('/api/public/selection/calls/{id}', { params: { path: { id } } })) : skipToken,
  });
}

/** The 公示 of a call whose results are published. */
export function usePublicResults(id: string | undefined) {
  return useQuery({
    queryKey: [...SELECTION, 'public', id, 'results'],
    queryFn: id ? () => unwrap(client.GET('/api/public/selection/calls/{id}/results', { params: { path: { id } } })) : skipToken,
  });
}

export function useManagedCalls(enabled: boolean) {
  return useQuery({
    queryKey: [...SELECTION, 'calls'],
    queryFn: () => unwrap(client.GET('/api/selection/calls', { params: { query: { pageSize: 100 } } })),
    enabled,
  });
}

export function useCall(id: string | undefined) {
  return useQuery({
    queryKey: [...SELECTION, 'call', id],
    queryFn: id ? () => unwrap(client.GET('/api/selection/calls/{id}', { params: { path: { id } } })) : skipToken,
  });
}

export function useCallApplications(id: string | undefined) {
  return useQuery({
    queryKey: [...SELECTION, 'call', id, 'applications'],
    queryFn: id
      ? () => unwrap(client.GET('/api/selection/calls/{id}/applications', { params: { path: { id }, query: { pageSize: 200 } } }))
      : skipToken,
  });
}

export function useMyApplications(enabled: boolean) {
  return useQuery({
    queryKey: [...SELECTION, 'mine'],
    queryFn: () => unwrap(client.GET('/api/selection/applications', { params: { query: { pageSize: 100 } } })),
    enabled,
  });
}

export function useIndicatorSystem(id: string | undefined) {
  return useQuery({
    queryKey: [...SELECTION, 'indicators', id],
    queryFn: id ? () => unwrap(client.GET('/api/selection/indicator-systems/{id}', { params: { path: { id } } })) : skipToken,
  });
}

/** The API root of one application: the applicant's, or the authority's view through its call. */
export function applicationBase(id: string, callId?: string): string {
  return callId ? `/api/selection/calls/${callId}/applications/${id}` : `/api/selection/applications/${id}`;
}

/** A submitted version by its number, or the draft. */
type ApplicationVersionRef = number | 'draft';

function versionRef(value: string): ApplicationVersionRef {
  return value === 'draft' ? 'draft' : Number(value);
}

/** Reads one application: as its applicant sees it, or (with `callId`) as the authority sees it through its call. */
function readApplication(id: string, callId: string | undefined) {
  return {
    application: () =>
      callId
        ? unwrap(
            client.GET('/api/selection/calls/{id}/applications/{applicationId}', { params: { path: { id: callId, applicationId: id } } }),
          )
        : unwrap(client.GET('/api/selection/applications/{id}', { params: { path: { id } } })),
    versions: () =>
      callId
        ? unwrap(
            client.GET('/api/selection/calls/{id}/applications/{applicationId}/versions', {
              params: { path: { id: callId, applicationId: id } },
            }),
          )
        : unwrap(client.GET('/api/selection/applications/{id}/versions', { params: { path: { id } } })),
    diff: (query: { from: ApplicationVersionRef; to: ApplicationVersionRef }) =>
      callId
        ? unwrap(
            client.GET('/api/selection/calls/{id}/applications/{applicationId}/diff', {
              params: { path: { id: callId, applicationId: id }, query },
            }),
          )
        : unwrap(client.GET('/api/selection/applications/{id}/diff', { params: { path: { id }, query } })),
  };
}

export function useApplication(id: string, callId?: string) {
  return useQuery({
    queryKey: [...SELECTION, 'application', applicationBase(id, callId)],
    queryFn: readApplication(id, callId).application,
  });
}

export function useVersions(id: string, callId?: string) {
  return useQuery({
    queryKey: [...SELECTION, 'application', applicationBase(id, callId), 'versions'],
    queryFn: readApplication(id, callId).versions,
  });
}

export function useDiff(id: string, callId: string | undefined, from: string | null, to: string | null) {
  return useQuery({
    queryKey: [...SELECTION, 'application', applicationBase(id, callId), 'diff', from, to],
    queryFn: from && to && from !== to ? () => readApplication(id, callId).diff({ from: versionRef(from), to: versionRef(to) }) : skipToken,
  });
}

export function useInvalidateSelection() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: SELECTION });
}

export function useSaveSection(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { section: ApplicationSection; version: number; data: Record<string, unknown> }) =>
      unwrap(
        client.PATCH('/api/selection/applications/{id}/sections/{section}', {
          params: { path: { id, section: input.section } },
          body: { version: input.version, data: input.data },
        }),
      ),
    onSuccess: (application) => queryClient.setQueryData([...SELECTION, 'application', applicationBase(id)], application),
  });
}

export function useSubmitApplication(id: string) {
  const invalidate = useInvalidateSelection();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(client.POST('/api/selection/applications/{id}/submit', { params: { path: { id } }, body: { version } })),
    onSuccess: invalidate,
  });
}

export function useUploadMaterial(id: string) {
  const invalidate = useInvalidateSelection();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return unwrap(client.POST('/api/selection/applications/{id}/material', { params: { path: { id } }, ...multipart(form) }));
    },
    onSuccess: invalidate,
  });
}

export function useSaveToc(id: string) {
  const invalidate = useInvalidateSelection();
  return useMutation({
    mutationFn: (entries: TTocEntry[]) =>
      unwrap(client.PUT('/api/selection/applications/{id}/material/toc', { params: { path: { id } }, body: { entries } })),
    onSuccess: invalidate,
  });
}

/** 推荐书 三's figures computed from the placement records of the consortium the application names. */
export function usePlacementSuggestion(applicationId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...SELECTION, 'application', applicationId, 'placement-suggestions'],
    queryFn: () =>
      unwrap(client.GET('/api/selection/applications/{id}/placement-suggestions', { params: { path: { id: applicationId } } })),
    enabled,
  });
}
