/** Server state of the work plan: tasks by year and view, progress reports, evidence uploads. */
import type {
  TWorkplanEvidence,
  TWorkplanProgressInput,
  TWorkplanTaskEdit,
  TWorkplanTaskInput,
  TWorkplanTaskRetire,
  WorkplanView,
} from '@chanjiao/contracts/governance/workplan';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, downloadFile, multipart, unwrap } from '../../../app/api';

const WORKPLAN = ['governance', 'workplan'] as const;

export function useWorkplan(bodyId: string | undefined, year: number, view: WorkplanView) {
  return useQuery({
    queryKey: [...WORKPLAN, bodyId, year, view],
    queryFn: bodyId
      ? () => unwrap(client.GET('/api/bodies/{id}/workplan', { params: { path: { id: bodyId }, query: { year, view } } }))
      : skipToken,
  });
}

export function useTaskProgress(bodyId: string, taskId: string) {
  return useQuery({
    queryKey: [...WORKPLAN, bodyId, 'progress', taskId],
    queryFn: () => unwrap(client.GET('/api/bodies/{id}/workplan/tasks/{taskId}/progress', { params: { path: { id: bodyId, taskId } } })),
  });
}

export function useReportProgress(bodyId: string, taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TWorkplanProgressInput) =>
      unwrap(client.POST('/api/bodies/{id}/workplan/tasks/{taskId}/progress', { params: { path: { id: bodyId, taskId } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...WORKPLAN, bodyId] }),
  });
}

export function uploadEvidence(bodyId: string, file: File): Promise<TWorkplanEvidence> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(client.POST('/api/bodies/{id}/workplan/evidence', { params: { path: { id: bodyId } }, ...multipart(form) }));
}

export function downloadEvidence(bodyId: string, file: TWorkplanEvidence): Promise<void> {
  return downloadFile(`/api/bodies/${bodyId}/workplan/evidence/${file.id}`, undefined, file.filename);
}

export function useWorkplanHistory(bodyId: string, year: number) {
  return useQuery({
    queryKey: [...WORKPLAN, bodyId, 'history', year],
    queryFn: () => unwrap(client.GET('/api/bodies/{id}/workplan/history', { params: { path: { id: bodyId }, query: { year } } })),
  });
}

/** The secretariat's changes to the plan: each makes a new plan version, so the list and the history reload. */
export function useTaskChanges(bodyId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: [...WORKPLAN, bodyId] });
  return {
    add: useMutation({
      mutationFn: (input: TWorkplanTaskInput) =>
        unwrap(client.POST('/api/bodies/{id}/workplan/tasks', { params: { path: { id: bodyId } }, body: input })),
      onSuccess,
    }),
    edit: useMutation({
      mutationFn: ({ taskId, ...input }: TWorkplanTaskEdit & { taskId: string }) =>
        unwrap(client.PUT('/api/bodies/{id}/workplan/tasks/{taskId}', { params: { path: { id: bodyId, taskId } }, body: input })),
      onSuccess,
    }),
    retire: useMutation({
      mutationFn: ({ taskId, ...input }: TWorkplanTaskRetire & { taskId: string }) =>
        unwrap(client.POST('/api/bodies/{id}/workplan/tasks/{taskId}/retire', { params: { path: { id: bodyId, taskId } }, body: input })),
      onSuccess,
    }),
  };
}
