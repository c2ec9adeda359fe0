/** Server state of bulletins: the signed-in list and actions, the quarterly table, and the public page. */
import type {
  BulletinStatus,
  TBulletin,
  TBulletinDraftInput,
  TBulletinPublishInput,
  TBulletinUpdate,
} from '@chanjiao/contracts/governance/bulletins';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, downloadFile, requireId, unwrap } from '../../../app/api';

const BULLETINS = ['governance', 'bulletins'] as const;

export function useBulletins(bodyId: string | undefined, status?: BulletinStatus) {
  return useQuery({
    queryKey: [...BULLETINS, bodyId, 'list', status],
    queryFn: bodyId
      ? () => unwrap(client.GET('/api/bodies/{id}/bulletins', { params: { path: { id: bodyId }, query: { status } } }))
      : skipToken,
  });
}

export function useBulletinQuarters(bodyId: string | undefined, year: number) {
  return useQuery({
    queryKey: [...BULLETINS, bodyId, 'quarters', year],
    queryFn: bodyId
      ? () => unwrap(client.GET('/api/bodies/{id}/bulletin-quarters', { params: { path: { id: bodyId }, query: { year } } }))
      : skipToken,
  });
}

function useBulletinMutation<T>(bodyId: string | undefined, send: (input: T) => Promise<TBulletin>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...BULLETINS, bodyId] }) });
}

export function useDraftBulletin(bodyId: string | undefined) {
  return useBulletinMutation(bodyId, (input: TBulletinDraftInput) =>
    unwrap(client.POST('/api/bodies/{id}/bulletins', { params: { path: { id: requireId(bodyId) } }, body: input })),
  );
}

export function useUpdateBulletin(bodyId: string | undefined) {
  return useBulletinMutation(bodyId, ({ id, ...input }: TBulletinUpdate & { id: string }) =>
    unwrap(
      client.PATCH('/api/bodies/{id}/bulletins/{bulletinId}', { params: { path: { id: requireId(bodyId), bulletinId: id } }, body: input }),
    ),
  );
}

export function useSubmitBulletin(bodyId: string | undefined) {
  return useBulletinMutation(bodyId, (bulletin: { id: string; version: number }) =>
    unwrap(
      client.POST('/api/bodies/{id}/bulletins/{bulletinId}/submit', {
        params: { path: { id: requireId(bodyId), bulletinId: bulletin.id } },
        body: { version: bulletin.version },
      }),
    ),
  );
}

export function usePublishBulletin(bodyId: string | undefined) {
  return useBulletinMutation(bodyId, ({ id, ...input }: TBulletinPublishInput & { id: string }) =>
    unwrap(
      client.POST('/api/bodies/{id}/bulletins/{bulletinId}/publish', {
        params: { path: { id: requireId(bodyId), bulletinId: id } },
        body: input,
      }),
    ),
  );
}

export function downloadBulletin(bodyId: string, bulletin: TBulletin): Promise<void> {
  return downloadFile(`/api/bodies/${bodyId}/bulletins/${bulletin.id}/docx`, undefined, `${bulletin.subject}.docx`);
}

export function usePublicBulletins(page: number) {
  return useQuery({
    queryKey: ['public', 'bulletins', page],
    queryFn: () => unwrap(client.GET('/api/public/bulletins', { params: { query: { page, pageSize: 10 } } })),
  });
}

export function usePublicBulletin(id: string | null) {
  return useQuery({
    queryKey: ['public', 'bulletin', id],
    queryFn: id ? () => unwrap(client.GET('/api/public/bulletins/{id}', { params: { path: { id } } })) : skipToken,
    // Each opening is one view (点击量); do not count refetches on window focus.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}

export function useShareBulletin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(client.POST('/api/public/bulletins/{id}/share', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['public', 'bulletins'] }),
  });
}
