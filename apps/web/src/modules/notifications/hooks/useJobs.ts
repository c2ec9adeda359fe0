/** The platform administrator's jobs page: GET /api/admin/jobs, retry, and failed e-mail deliveries. */
import type { TEmailDeliveryPage } from '@chanjiao/contracts/notifications/inbox';
import type { TJobOverview } from '@chanjiao/contracts/notifications/jobs';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api';

const JOBS = ['admin', 'jobs'] as const;

export function useJobs(state: 'queued' | 'running' | 'failed', page: number) {
  return useQuery({
    queryKey: [...JOBS, state, page],
    queryFn: () => api.get<TJobOverview>('/api/admin/jobs', { state, page, pageSize: 20 }),
    placeholderData: keepPreviousData,
    refetchInterval: 10_000,
  });
}

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(`/api/admin/jobs/${id}/retry`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: JOBS }),
  });
}

export function useEmailFailures(page: number) {
  return useQuery({
    queryKey: [...JOBS, 'email', page],
    queryFn: () => api.get<TEmailDeliveryPage>('/api/admin/email-deliveries', { status: 'failed', page, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}
