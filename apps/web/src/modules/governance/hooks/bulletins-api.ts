/** Server state of bulletins: the signed-in list and actions, the quarterly table, and the public page. */
import type {
  TBulletin,
  TBulletinDraftInput,
  TBulletinList,
  TBulletinPublishInput,
  TBulletinQuarterTable,
  TBulletinUpdate,
  TPublicBulletin,
  TPublicBulletinList,
} from '@chanjiao/contracts/governance/bulletins';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, downloadFile } from '../../../app/api';

const BULLETINS = ['governance', 'bulletins'] as const;

export function useBulletins(bodyId: string | undefined, status?: string) {
  return useQuery({
    queryKey: [...BULLETINS, bodyId, 'list', status],
    queryFn: () => api.get<TBulletinList>(`/api/bodies/${bodyId}/bulletins`, { status }),
    enabled: !!bodyId,
  });
}

export function useBulletinQuarters(bodyId: string | undefined, year: number) {
  return useQuery({
    queryKey: [...BULLETINS, bodyId, 'quarters', year],
    queryFn: () => api.get<TBulletinQuarterTable>(`/api/bodies/${bodyId}/bulletin-quarters`, { year }),
    enabled: !!bodyId,
  });
}

function useBulletinMutation<T>(bodyId: string | undefined, send: (input: T) => Promise<TBulletin>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...BULLETINS, bodyId] }) });
}

export function useDraftBulletin(bodyId: string | undefined) {
  return useBulletinMutation(bodyId, (input: TBulletinDraftInput) => api.post<TBulletin>(`/api/bodies/${bodyId}/bulletins`, input));
}

export function useUpdateBulletin(bodyId: string | undefined) {
  return useBulletinMutation(bodyId, ({ id, ...input }: TBulletinUpdate & { id: string }) =>
    api.patch<TBulletin>(`/api/bodies/${bodyId}/bulletins/${id}`, input),
  );
}

export function useSubmitBulletin(bodyId: string | undefined) {
  return useBulletinMutation(bodyId, (bulletin: { id: string; version: number }) =>
    api.post<TBulletin>(`/api/bodies/${bodyId}/bulletins/${bulletin.id}/submit`, { version: bulletin.version }),
  );
}

export function usePublishBulletin(bodyId: string | undefined) {
  return useBulletinMutation(bodyId, ({ id, ...input }: TBulletinPublishInput & { id: string }) =>
    api.post<TBulletin>(`/api/bodies/${bodyId}/bulletins/${id}/publish`, input),
  );
}

export function downloadBulletin(bodyId: string, bulletin: TBulletin): Promise<void> {
  return downloadFile(`/api/bodies/${bodyId}/bulletins/${bulletin.id}/docx`, undefined, `${bulletin.subject}.docx`);
}

export function usePublicBulletins(page: number) {
  return useQuery({
    queryKey: ['public', 'bulletins', page],
    queryFn: () => api.get<TPublicBulletinList>('/api/public/bulletins', { page, pageSize: 10 }),
  });
}

export function usePublicBulletin(id: string | null) {
  return useQuery({
    queryKey: ['public', 'bulletin', id],
    queryFn: () => api.get<TPublicBulletin>(`/api/public/bulletins/${id}`),
    enabled: !!id,
    // Each opening is one view (点击量); do not count refetches on window focus.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}

export function useShareBulletin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<{ count: number }>(`/api/public/bulletins/${id}/share`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['public', 'bulletins'] }),
  });
}
