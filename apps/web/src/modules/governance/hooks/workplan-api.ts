/** Server state of the work plan: tasks by year and view, progress reports, evidence uploads. */
import type { TWorkplanEvidence, TWorkplanList, TWorkplanProgressInput, TWorkplanProgressList } from '@chanjiao/contracts/governance/workplan';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, downloadFile } from '../../../app/api';

const WORKPLAN = ['governance', 'workplan'] as const;

export function useWorkplan(bodyId: string | undefined, year: number, view: string) {
  return useQuery({
    queryKey: [...WORKPLAN, bodyId, year, view],
    queryFn: () => api.get<TWorkplanList>(`/api/bodies/${bodyId}/workplan`, { year, view }),
    enabled: !!bodyId,
  });
}

export function useTaskProgress(bodyId: string, taskId: string) {
  return useQuery({
    queryKey: [...WORKPLAN, bodyId, 'progress', taskId],
    queryFn: () => api.get<TWorkplanProgressList>(`/api/bodies/${bodyId}/workplan/tasks/${taskId}/progress`),
  });
}

export function useReportProgress(bodyId: string, taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TWorkplanProgressInput) =>
      api.post<TWorkplanProgressList>(`/api/bodies/${bodyId}/workplan/tasks/${taskId}/progress`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...WORKPLAN, bodyId] }),
  });
}

export function uploadEvidence(bodyId: string, file: File): Promise<TWorkplanEvidence> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<TWorkplanEvidence>(`/api/bodies/${bodyId}/workplan/evidence`, form);
}

export function downloadEvidence(bodyId: string, file: TWorkplanEvidence): Promise<void> {
  return downloadFile(`/api/bodies/${bodyId}/workplan/evidence/${file.id}`, undefined, file.filename);
}
