/** Server state of the charter, joint meetings and votes, and membership cases (章程第八至二十一条). */
import type { TCharterView } from '@chanjiao/contracts/governance/charter';
import type { TAgendaItemInput, TBallot, TMeeting, TMeetingInput, TMeetingSummary, TResolution } from '@chanjiao/contracts/governance/meetings';
import type {
  TJoinApplicationInput,
  TMembershipQueues,
  TOrgGovernanceCases,
  TWithdrawalInput,
} from '@chanjiao/contracts/governance/membership';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, downloadFile } from '../../../app/api';

const ROOT = ['governance', 'joint-meeting'] as const;

export function useCharter(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...ROOT, 'charter', bodyId],
    queryFn: () => api.get<TCharterView>(`/api/bodies/${bodyId}/charter`),
    enabled: !!bodyId,
  });
}

export function useMeetings(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...ROOT, 'meetings', bodyId],
    queryFn: () => api.get<TMeetingSummary[]>(`/api/bodies/${bodyId}/meetings`),
    enabled: !!bodyId,
  });
}

const meetingKey = (bodyId: string | undefined, meetingId: string | undefined) => [...ROOT, 'meeting', bodyId, meetingId];

export function useMeeting(bodyId: string | undefined, meetingId: string | undefined) {
  return useQuery({
    queryKey: meetingKey(bodyId, meetingId),
    queryFn: () => api.get<TMeeting>(`/api/bodies/${bodyId}/meetings/${meetingId}`),
    enabled: !!bodyId && !!meetingId,
    // Votes arrive from other representatives while a vote is open.
    refetchInterval: (query) => (query.state.data?.items.some((item) => item.voteStatus === 'open') ? 5000 : false),
  });
}

export function useResolutions(bodyId: string | undefined, page: number) {
  return useQuery({
    queryKey: [...ROOT, 'resolutions', bodyId, page],
    queryFn: () =>
      api.get<{ items: TResolution[]; total: number; page: number; pageSize: number }>(`/api/bodies/${bodyId}/resolutions`, {
        page,
        pageSize: 50,
      }),
    enabled: !!bodyId,
  });
}

export function useBallots(bodyId: string, meetingId: string, itemId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...ROOT, 'ballots', itemId],
    queryFn: () => api.get<TBallot[]>(`/api/bodies/${bodyId}/meetings/${meetingId}/items/${itemId}/ballots`),
    enabled,
  });
}

export function useMembershipQueues(bodyId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...ROOT, 'queues', bodyId],
    queryFn: () => api.get<TMembershipQueues>(`/api/bodies/${bodyId}/membership-queues`),
    enabled: !!bodyId && enabled,
  });
}

export function useOrgCases(orgId: string | undefined) {
  return useQuery({
    queryKey: [...ROOT, 'org-cases', orgId],
    queryFn: () => api.get<TOrgGovernanceCases>(`/api/organizations/${orgId}/governance`),
    enabled: !!orgId,
  });
}

/** Any change here can touch meetings, members, cases and the register: refresh all governance state. */
function useGovernanceMutation<T, R>(send: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ROOT });
      await queryClient.invalidateQueries({ queryKey: ['bodies'] });
    },
  });
}

export function useMeetingActions(bodyId: string, meetingId: string) {
  const base = `/api/bodies/${bodyId}/meetings/${meetingId}`;
  return {
    addItem: useGovernanceMutation((input: TAgendaItemInput) => api.post<TMeeting>(`${base}/items`, input)),
    attendance: useGovernanceMutation((entries: { orgId: string; status: string; representativeName?: string; representativeRole?: string }[]) =>
      api.put<TMeeting>(`${base}/attendance`, { entries }),
    ),
    vote: useGovernanceMutation(({ itemId, action }: { itemId: string; action: 'open' | 'close' }) =>
      api.post<TMeeting>(`${base}/items/${itemId}/${action}`),
    ),
    ballot: useGovernanceMutation(({ itemId, orgId, choice, paper }: { itemId: string; orgId: string; choice: string; paper: boolean }) =>
      api.post<TBallot>(`${base}/items/${itemId}/${paper ? 'paper-ballots' : 'ballots'}`, { orgId, choice }),
    ),
    minutes: useGovernanceMutation(({ text, version }: { text: string; version: number }) => api.put<TMeeting>(`${base}/minutes`, { text, version })),
    step: useGovernanceMutation(({ path, version }: { path: 'minutes/approve' | 'minutes/publish' | 'conclude'; version: number }) =>
      api.post<TMeeting>(`${base}/${path}`, { version }),
    ),
  };
}

export function useScheduleMeeting(bodyId: string) {
  return useGovernanceMutation((input: TMeetingInput) => api.post<TMeetingSummary>(`/api/bodies/${bodyId}/meetings`, input));
}

export function useMembershipActions(bodyId: string) {
  const base = `/api/bodies/${bodyId}`;
  return {
    apply: useGovernanceMutation((input: TJoinApplicationInput) => api.post(`${base}/applications`, input)),
    review: useGovernanceMutation(({ id, ...body }: { id: string; decision: 'approve' | 'reject'; reason?: string; version: number }) =>
      api.post(`${base}/applications/${id}/review`, body),
    ),
    withdraw: useGovernanceMutation((input: TWithdrawalInput) => api.post(`${base}/withdrawals`, input)),
    withdrawalStep: useGovernanceMutation(
      ({ id, step, ...body }: { id: string; step: 'receipt' | 'to-meeting' | 'complete'; version: number; receivedOn?: string; certificateReturnedOn?: string }) =>
        api.post(`${base}/withdrawals/${id}/${step}`, body),
    ),
    propose: useGovernanceMutation((input: { orgId: string; ground: number; facts: string }) => api.post(`${base}/expulsions`, input)),
    expulsionStep: useGovernanceMutation(({ id, step, ...body }: { id: string; step: 'to-meeting' | 'dismiss'; version: number; reason?: string }) =>
      api.post(`${base}/expulsions/${id}/${step}`, body),
    ),
    foundingCertificate: useGovernanceMutation((orgId: string) => api.post(`${base}/certificates`, { orgId })),
  };
}

export function downloadCertificate(bodyId: string, certificateId: string, fallbackName: string) {
  return downloadFile(`/api/bodies/${bodyId}/certificates/${certificateId}/pdf`, undefined, fallbackName);
}
