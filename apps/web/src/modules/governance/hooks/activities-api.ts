/** Server state of alliance activities: the list, one activity, participation per unit, and the changes the roles make. */
import type {
  TActivityAttendanceInput,
  TActivityEvidence,
  TActivityInput,
  TActivityStatusInput,
  TOutcomeInput,
  TRegistrationInput,
} from '@chanjiao/contracts/governance/activities';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, downloadFile, multipart, unwrap } from '../../../app/api';

const ACTIVITIES = ['governance', 'activities'] as const;

export function useActivities(bodyId: string) {
  return useQuery({
    queryKey: [...ACTIVITIES, bodyId],
    queryFn: () => unwrap(client.GET('/api/bodies/{id}/activities', { params: { path: { id: bodyId } } })),
  });
}

export function useActivity(bodyId: string, activityId: string) {
  return useQuery({
    queryKey: [...ACTIVITIES, bodyId, activityId],
    queryFn: () => unwrap(client.GET('/api/bodies/{id}/activities/{activityId}', { params: { path: { id: bodyId, activityId } } })),
  });
}

export function useParticipation(bodyId: string, year: number) {
  return useQuery({
    queryKey: [...ACTIVITIES, bodyId, 'participation', year],
    queryFn: () => unwrap(client.GET('/api/bodies/{id}/activities/participation', { params: { path: { id: bodyId }, query: { year } } })),
  });
}

/** One unit's part in the activities of every body it belongs or belonged to: its member profile. */
export function useOrgParticipation(orgId: string) {
  return useQuery({
    queryKey: [...ACTIVITIES, 'org', orgId],
    queryFn: () => unwrap(client.GET('/api/organizations/{id}/activity-participation', { params: { path: { id: orgId } } })),
  });
}

function useActivityMutation<T>(bodyId: string, send: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...ACTIVITIES, bodyId] }) });
}

export function useCreateActivity(bodyId: string) {
  return useActivityMutation(bodyId, (input: TActivityInput) =>
    unwrap<{ id: string }>(client.POST('/api/bodies/{id}/activities', { params: { path: { id: bodyId } }, body: input })),
  );
}

/** Every change of one activity, each an endpoint under it. */
export function useActivityActions(bodyId: string, activityId: string) {
  const path = { id: bodyId, activityId };
  return {
    register: useActivityMutation(bodyId, (input: TRegistrationInput) =>
      unwrap(client.POST('/api/bodies/{id}/activities/{activityId}/participants', { params: { path }, body: input })),
    ),
    withdraw: useActivityMutation(bodyId, (participantId: string) =>
      unwrap(
        client.DELETE('/api/bodies/{id}/activities/{activityId}/participants/{participantId}', {
          params: { path: { ...path, participantId } },
        }),
      ),
    ),
    attendance: useActivityMutation(bodyId, (input: TActivityAttendanceInput) =>
      unwrap(client.PUT('/api/bodies/{id}/activities/{activityId}/attendance', { params: { path }, body: input })),
    ),
    outcome: useActivityMutation(bodyId, (input: TOutcomeInput) =>
      unwrap(client.POST('/api/bodies/{id}/activities/{activityId}/outcomes', { params: { path }, body: input })),
    ),
    status: useActivityMutation(bodyId, (input: TActivityStatusInput) =>
      unwrap(client.POST('/api/bodies/{id}/activities/{activityId}/status', { params: { path }, body: input })),
    ),
  };
}

export function uploadActivityEvidence(bodyId: string, file: File): Promise<TActivityEvidence> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(client.POST('/api/bodies/{id}/activities/evidence', { params: { path: { id: bodyId } }, ...multipart(form) }));
}

export function downloadActivityEvidence(bodyId: string, file: TActivityEvidence): Promise<void> {
  return downloadFile(`/api/bodies/${bodyId}/activities/evidence/${file.id}`, undefined, file.filename);
}
