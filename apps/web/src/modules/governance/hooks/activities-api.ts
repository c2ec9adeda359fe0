/** Server state of alliance activities: the list, one activity, participation per unit, and the changes the roles make. */
import type {
  TActivity,
  TActivityAttendanceInput,
  TActivityEvidence,
  TActivityInput,
  TActivityList,
  TActivityStatusInput,
  TOrgParticipation,
  TOutcomeInput,
  TParticipation,
  TRegistrationInput,
} from '@chanjiao/contracts/governance/activities';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, downloadFile } from '../../../app/api';

const ACTIVITIES = ['governance', 'activities'] as const;

export function useActivities(bodyId: string) {
  return useQuery({ queryKey: [...ACTIVITIES, bodyId], queryFn: () => api.get<TActivityList>(`/api/bodies/${bodyId}/activities`) });
}

export function useActivity(bodyId: string, activityId: string) {
  return useQuery({
    queryKey: [...ACTIVITIES, bodyId, activityId],
    queryFn: () => api.get<TActivity>(`/api/bodies/${bodyId}/activities/${activityId}`),
  });
}

export function useParticipation(bodyId: string, year: number) {
  return useQuery({
    queryKey: [...ACTIVITIES, bodyId, 'participation', year],
    queryFn: () => api.get<TParticipation>(`/api/bodies/${bodyId}/activities/participation?year=${year}`),
  });
}

/** One unit's part in the activities of every body it belongs or belonged to: its member profile. */
export function useOrgParticipation(orgId: string) {
  return useQuery({
    queryKey: [...ACTIVITIES, 'org', orgId],
    queryFn: () => api.get<TOrgParticipation>(`/api/organizations/${orgId}/activity-participation`),
  });
}

function useActivityMutation<T>(bodyId: string, send: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...ACTIVITIES, bodyId] }) });
}

export function useCreateActivity(bodyId: string) {
  return useActivityMutation(bodyId, (input: TActivityInput) => api.post<{ id: string }>(`/api/bodies/${bodyId}/activities`, input));
}

/** Every change of one activity, each an endpoint under it. */
export function useActivityActions(bodyId: string, activityId: string) {
  const base = `/api/bodies/${bodyId}/activities/${activityId}`;
  return {
    register: useActivityMutation(bodyId, (input: TRegistrationInput) => api.post(`${base}/participants`, input)),
    withdraw: useActivityMutation(bodyId, (participantId: string) => api.delete(`${base}/participants/${participantId}`)),
    attendance: useActivityMutation(bodyId, (input: TActivityAttendanceInput) => api.put(`${base}/attendance`, input)),
    outcome: useActivityMutation(bodyId, (input: TOutcomeInput) => api.post(`${base}/outcomes`, input)),
    status: useActivityMutation(bodyId, (input: TActivityStatusInput) => api.post(`${base}/status`, input)),
  };
}

export function uploadActivityEvidence(bodyId: string, file: File): Promise<TActivityEvidence> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<TActivityEvidence>(`/api/bodies/${bodyId}/activities/evidence`, form);
}

export function downloadActivityEvidence(bodyId: string, file: TActivityEvidence): Promise<void> {
  return downloadFile(`/api/bodies/${bodyId}/activities/evidence/${file.id}`, undefined, file.filename);
}
