/** Server state of cooperation projects: the list, one project, and the changes the roles make. */
import type {
  TMilestoneDoneInput,
  TMilestoneInput,
  TProjectParticipantInput,
  TProjectProposal,
  TProjectStatusInput,
} from '@chanjiao/contracts/governance/projects';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';

const PROJECTS = ['governance', 'projects'] as const;

export function useProjects(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...PROJECTS, bodyId],
    queryFn: bodyId ? () => unwrap(client.GET('/api/bodies/{id}/projects', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

export function useProject(bodyId: string, projectId: string) {
  return useQuery({
    queryKey: [...PROJECTS, bodyId, projectId],
    queryFn: () => unwrap(client.GET('/api/bodies/{id}/projects/{projectId}', { params: { path: { id: bodyId, projectId } } })),
  });
}

function useProjectMutation<T>(bodyId: string | undefined, send: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...PROJECTS, bodyId] }) });
}

export function useProposeProject(bodyId: string) {
  return useProjectMutation(bodyId, (input: TProjectProposal) =>
    unwrap<{ id: string }>(client.POST('/api/bodies/{id}/projects', { params: { path: { id: bodyId } }, body: input })),
  );
}

/** Every change of one project, each an endpoint under the project. */
export function useProjectActions(bodyId: string, projectId: string) {
  const path = { id: bodyId, projectId };
  return {
    review: useProjectMutation(bodyId, (meetingId: string | undefined) =>
      unwrap(client.POST('/api/bodies/{id}/projects/{projectId}/review', { params: { path }, body: { meetingId } })),
    ),
    status: useProjectMutation(bodyId, (input: TProjectStatusInput) =>
      unwrap(client.POST('/api/bodies/{id}/projects/{projectId}/status', { params: { path }, body: input })),
    ),
    addParticipant: useProjectMutation(bodyId, (input: TProjectParticipantInput) =>
      unwrap(client.POST('/api/bodies/{id}/projects/{projectId}/participants', { params: { path }, body: input })),
    ),
    removeParticipant: useProjectMutation(bodyId, (orgId: string) =>
      unwrap(client.DELETE('/api/bodies/{id}/projects/{projectId}/participants/{orgId}', { params: { path: { ...path, orgId } } })),
    ),
    addMilestone: useProjectMutation(bodyId, (input: TMilestoneInput) =>
      unwrap(client.POST('/api/bodies/{id}/projects/{projectId}/milestones', { params: { path }, body: input })),
    ),
    milestoneDone: useProjectMutation(bodyId, ({ id, ...input }: TMilestoneDoneInput & { id: string }) =>
      unwrap(
        client.POST('/api/bodies/{id}/projects/{projectId}/milestones/{milestoneId}/done', {
          params: { path: { ...path, milestoneId: id } },
          body: input,
        }),
      ),
    ),
  };
}
