/** Server state of cooperation projects: the list, one project, and the changes the roles make. */
import type {
  TMilestoneDoneInput,
  TMilestoneInput,
  TProject,
  TProjectList,
  TProjectParticipantInput,
  TProjectProposal,
  TProjectStatusInput,
} from '@chanjiao/contracts/governance/projects';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api';

const PROJECTS = ['governance', 'projects'] as const;

export function useProjects(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...PROJECTS, bodyId],
    queryFn: () => api.get<TProjectList>(`/api/bodies/${bodyId}/projects`),
    enabled: !!bodyId,
  });
}

export function useProject(bodyId: string, projectId: string) {
  return useQuery({
    queryKey: [...PROJECTS, bodyId, projectId],
    queryFn: () => api.get<TProject>(`/api/bodies/${bodyId}/projects/${projectId}`),
  });
}

function useProjectMutation<T>(bodyId: string | undefined, send: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...PROJECTS, bodyId] }) });
}

export function useProposeProject(bodyId: string) {
  return useProjectMutation(bodyId, (input: TProjectProposal) => api.post<{ id: string }>(`/api/bodies/${bodyId}/projects`, input));
}

/** Every change of one project, each an endpoint under the project. */
export function useProjectActions(bodyId: string, projectId: string) {
  const base = `/api/bodies/${bodyId}/projects/${projectId}`;
  return {
    review: useProjectMutation(bodyId, (meetingId: string | undefined) => api.post(`${base}/review`, { meetingId })),
    status: useProjectMutation(bodyId, (input: TProjectStatusInput) => api.post(`${base}/status`, input)),
    addParticipant: useProjectMutation(bodyId, (input: TProjectParticipantInput) => api.post(`${base}/participants`, input)),
    removeParticipant: useProjectMutation(bodyId, (orgId: string) => api.delete(`${base}/participants/${orgId}`)),
    addMilestone: useProjectMutation(bodyId, (input: TMilestoneInput) => api.post(`${base}/milestones`, input)),
    milestoneDone: useProjectMutation(bodyId, ({ id, ...input }: TMilestoneDoneInput & { id: string }) => api.post(`${base}/milestones/${id}/done`, input)),
  };
}
