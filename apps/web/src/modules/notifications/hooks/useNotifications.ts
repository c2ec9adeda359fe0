/** The inbox API (GET /api/notifications …), the unread count polled for the header, read marks, settings. */
import type { TInboxPage, TNotificationSettings, TUnreadCount } from '@chanjiao/contracts/notifications/inbox';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api';

const NOTIFICATIONS = ['notifications'] as const;
/** How often the header asks for new messages while the page is open. */
const UNREAD_POLL_MS = 60_000;

export interface InboxFilters {
  unread: boolean;
  module?: string;
}

export function useInbox(filters: InboxFilters, limit = 20) {
  return useInfiniteQuery({
    queryKey: [...NOTIFICATIONS, 'list', filters, limit],
    queryFn: ({ pageParam }) =>
      api.get<TInboxPage>('/api/notifications', { unread: filters.unread || undefined, module: filters.module, cursor: pageParam, limit }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useUnreadCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS, 'unread'],
    queryFn: () => api.get<TUnreadCount>('/api/notifications/unread-count'),
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
    mutationFn: ({ id, read }: { id: string; read: boolean }) => api.put(`/api/notifications/${id}/read`, { read }),
    onSuccess: invalidate,
  });
}

export function useMarkAllRead() {
  const invalidate = useInvalidateInbox();
  return useMutation({
    mutationFn: (module: string | undefined) => api.post<{ updated: number }>('/api/notifications/read-all', { module }),
    onSuccess: invalidate,
  });
}

export function useNotificationSettings() {
  return useQuery({ queryKey: [...NOTIFICATIONS, 'settings'], queryFn: () => api.get<TNotificationSettings>('/api/notifications/settings') });
}

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email?: string | null; emailLocale?: string; channels?: Record<string, string> }) =>
      api.put<TNotificationSettings>('/api/notifications/settings', body),
    onSuccess: (settings) => queryClient.setQueryData([...NOTIFICATIONS, 'settings'], settings),
  });
}
