/** Server state of the charter, joint meetings and votes, and membership cases (章程第八至二十一条). */
import type { TCharterRegistration } from '@chanjiao/contracts/governance/charter';
import type { TAgendaItemInput, TAttendanceInput, TBallotInput, TMeetingInput } from '@chanjiao/contracts/governance/meetings';
import type {
  TExpulsionInput,
  TJoinApplicationInput,
  TJoinApplicationReview,
  TWithdrawalInput,
} from '@chanjiao/contracts/governance/membership';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, downloadFile, requireId, unwrap } from '../../../app/api';

const ROOT = ['governance', 'joint-meeting'] as const;

export function useCharter(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...ROOT, 'charter', bodyId],
    queryFn: bodyId ? () => unwrap(client.GET('/api/bodies/{id}/charter', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

/** First registration of a charter (when none is on record); the chair schedule reads its rotation rule. */
export function useRegisterCharter(bodyId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TCharterRegistration) =>
      unwrap(client.POST('/api/bodies/{id}/charter', { params: { path: { id: requireId(bodyId) } }, body: input })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [...ROOT, 'charter', bodyId] });
      await queryClient.invalidateQueries({ queryKey: ['governance', 'chair', bodyId] });
    },
  });
}

export function useMeetings(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...ROOT, 'meetings', bodyId],
    queryFn: bodyId ? () => unwrap(client.GET('/api/bodies/{id}/meetings', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

const meetingKey = (bodyId: string | undefined, meetingId: string | undefined) => [...ROOT, 'meeting', bodyId, meetingId];

export function useMeeting(bodyId: string | undefined, meetingId: string | undefined) {
  return useQuery({
    queryKey: meetingKey(bodyId, meetingId),
    queryFn:
      bodyId && meetingId
        ? () => unwrap(client.GET('/api/bodies/{id}/meetings/{meetingId}', { params: { path: { id: bodyId, meetingId } } }))
        : skipToken,
    // Votes arrive from other representatives while a vote is open.
    refetchInterval: (query) => (query.state.data?.items.some((item) => item.voteStatus === 'open') ? 5000 : false),
  });
}

export function useResolutions(bodyId: string | undefined, page: number) {
  return useQuery({
    queryKey: [...ROOT, 'resolutions', bodyId, page],
    queryFn: bodyId
      ? () =>
          unwrap(
            client.GET('/api/bodies/{id}/resolutions', {
              params: {
                path: { id: bodyId },
                query: {
                  page,
                  pageSize: 50,
                },
              },
            }),
          )
      : skipToken,
  });
}

export function useBallots(bodyId: string, meetingId: string, itemId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...ROOT, 'ballots', itemId],
    queryFn: () =>
      unwrap(
        client.GET('/api/bodies/{id}/meetings/{meetingId}/items/{itemId}/ballots', { params: { path: { id: bodyId, meetingId, itemId } } }),
      ),
    enabled,
  });
}

export function useMembershipQueues(bodyId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...ROOT, 'queues', bodyId],
    queryFn:
      bodyId && enabled ? () => unwrap(client.GET('/api/bodies/{id}/membership-queues', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

export function useOrgCases(orgId: string | undefined) {
  return useQuery({
    queryKey: [...ROOT, 'org-cases', orgId],
    queryFn: orgId ? () => unwrap(client.GET('/api/organizations/{id}/governance', { params: { path: { id: orgId } } })) : skipToken,
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
  const meeting = { id: bodyId, meetingId };
  return {
    addItem: useGovernanceMutation((input: TAgendaItemInput) =>
      unwrap(client.POST('/api/bodies/{id}/meetings/{meetingId}/items', { params: { path: meeting }, body: input })),
    ),
    attendance: useGovernanceMutation((entries: TAttendanceInput['entries']) =>
      unwrap(client.PUT('/api/bodies/{id}/meetings/{meetingId}/attendance', { params: { path: meeting }, body: { entries } })),
    ),
    vote: useGovernanceMutation(({ itemId, action }: { itemId: string; action: 'open' | 'close' }) =>
      unwrap(client.POST(`/api/bodies/{id}/meetings/{meetingId}/items/{itemId}/${action}`, { params: { path: { ...meeting, itemId } } })),
    ),
    ballot: useGovernanceMutation(({ itemId, paper, ...ballot }: TBallotInput & { itemId: string; paper: boolean }) =>
      unwrap(
        client.POST(`/api/bodies/{id}/meetings/{meetingId}/items/{itemId}/${paper ? 'paper-ballots' : 'ballots'}`, {
          params: { path: { ...meeting, itemId } },
          body: ballot,
        }),
      ),
    ),
    minutes: useGovernanceMutation((body: { text: string; version: number }) =>
      unwrap(client.PUT('/api/bodies/{id}/meetings/{meetingId}/minutes', { params: { path: meeting }, body })),
    ),
    step: useGovernanceMutation(
      ({ path, version }: { path: 'minutes/approve' | 'minutes/publish' | 'convene' | 'conclude'; version: number }) =>
        unwrap(client.POST(`/api/bodies/{id}/meetings/{meetingId}/${path}`, { params: { path: meeting }, body: { version } })),
    ),
  };
}

export function useScheduleMeeting(bodyId: string) {
  return useGovernanceMutation((input: TMeetingInput) =>
    unwrap(client.POST('/api/bodies/{id}/meetings', { params: { path: { id: bodyId } }, body: input })),
  );
}

export function useMembershipActions(bodyId: string) {
  const body = { id: bodyId };
  return {
    apply: useGovernanceMutation((input: TJoinApplicationInput) =>
      unwrap(client.POST('/api/bodies/{id}/applications', { params: { path: body }, body: input })),
    ),
    review: useGovernanceMutation(({ id, ...decision }: TJoinApplicationReview & { id: string }) =>
      unwrap(client.POST('/api/bodies/{id}/applications/{caseId}/review', { params: { path: { ...body, caseId: id } }, body: decision })),
    ),
    withdraw: useGovernanceMutation((input: TWithdrawalInput) =>
      unwrap(client.POST('/api/bodies/{id}/withdrawals', { params: { path: body }, body: input })),
    ),
    withdrawalStep: useGovernanceMutation(
      ({
        id,
        step,
        ...change
      }: {
        id: string;
        step: 'receipt' | 'to-meeting' | 'complete';
        version: number;
        receivedOn?: string;
        certificateReturnedOn?: string;
      }) =>
        unwrap(client.POST(`/api/bodies/{id}/withdrawals/{caseId}/${step}`, { params: { path: { ...body, caseId: id } }, body: change })),
    ),
    propose: useGovernanceMutation((input: TExpulsionInput) =>
      unwrap(client.POST('/api/bodies/{id}/expulsions', { params: { path: body }, body: input })),
    ),
    expulsionStep: useGovernanceMutation(
      ({ id, step, ...change }: { id: string; step: 'to-meeting' | 'dismiss'; version: number; reason?: string }) =>
        unwrap(client.POST(`/api/bodies/{id}/expulsions/{caseId}/${step}`, { params: { path: { ...body, caseId: id } }, body: change })),
    ),
    foundingCertificate: useGovernanceMutation((orgId: string) =>
      unwrap(client.POST('/api/bodies/{id}/certificates', { params: { path: body }, body: { orgId } })),
    ),
    allFoundingCertificates: useGovernanceMutation(() =>
      unwrap(client.POST('/api/bodies/{id}/certificates/founding', { params: { path: body } })),
    ),
  };
}

export function downloadCertificate(bodyId: string, certificateId: string, fallbackName: string) {
  return downloadFile(`/api/bodies/${bodyId}/certificates/${certificateId}/pdf`, undefined, fallbackName);
}
