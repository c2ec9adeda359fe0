/** The inbox API (GET /api/notifications …), the unread count polled for the header, read marks, settings. */
import type { TNotificationModule } from '@chanjiao/contracts/notifications/inbox';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, type Schemas, unwrap } from '../../../app/api';

const NOTIFICATIONS = ['notifications'] as const;
/** How often the header asks for new messages while the page is open. */
const UNREAD_POLL_MS = 60_000;

export interface InboxFilters {
  unread: boolean;
  module?: TNotificationModule;
}

export function useInbox(filters: InboxFilters, limit = 20) {
  return useInfiniteQuery({
    queryKey: [...NOTIFICATIONS, 'list', filters, limit],
    queryFn: ({ pageParam }) =>
      unwrap(
        client.GET('/api/notifications', {
          params: { query: { unread: filters.unread ? 'true' : undefined, module: filters.module, cursor: pageParam, limit } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useUnreadCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS, 'unread'],
    queryFn: () => unwrap(client.GET('/api/notifications/unread-count')),
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

function useInvalidateInbox() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS });
}

export function useSetRead() {
  const invalidate = useInvalidateInbox();
  return useMutation({
    mutationFn: ({ id, read }: { id: string; read: boolean }) =>
      unwrap(client.PUT('/api/notifications/{id}/read', { params: { path: { id } }, body: { read } })),
    onSuccess: invalidate,
  });
}

export function useMarkAllRead() {
  const invalidate = useInvalidateInbox();
  return useMutation({
    mutationFn: (module: TNotificationModule | undefined) => unwrap(client.POST('/api/notifications/read-all', { body: { module } })),
    onSuccess: invalidate,
  });
}

export function useNotificationSettings() {
  return useQuery({ queryKey: [...NOTIFICATIONS, 'settings'], queryFn: () => unwrap(client.GET('/api/notifications/settings')) });
}

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['NotificationSettingsUpdateInput']) => unwrap(client.PUT('/api/notifications/settings', { body })),
    onSuccess: (settings) => queryClient.setQueryData([...NOTIFICATIONS, 'settings'], settings),
  });
}
