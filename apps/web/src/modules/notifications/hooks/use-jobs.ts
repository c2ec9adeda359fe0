/** The platform administrator's jobs page: GET /api/admin/jobs, retry, and failed e-mail deliveries. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';

const JOBS = ['admin', 'jobs'] as const;

export function useJobs(state: 'queued' | 'running' | 'failed', page: number) {
  return useQuery({
    queryKey: [...JOBS, state, page],
    queryFn: () => unwrap(client.GET('/api/admin/jobs', { params: { query: { state, page, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
    refetchInterval: 10_000,
  });
}

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(client.POST('/api/admin/jobs/{id}/retry', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: JOBS }),
  });
}

export function useEmailFailures(page: number) {
  return useQuery({
    queryKey: [...JOBS, 'email', page],
    queryFn: () => unwrap(client.GET('/api/admin/email-deliveries', { params: { query: { status: 'failed', page, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
  });
}
