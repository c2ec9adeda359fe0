/** Server state of review (S3) and results (S4): the authority's board and ranking, the expert's score sheets, the applicant's result. */
import type {
  TAffiliationInput,
  TConflictPin,
  TManualAssignment,
  TResultDecisions,
  TResultPublish,
  TResults,
  TReview,
  TReviewBoard,
  TReviewSettingsUpdate,
  TScoreSave,
  TSiteVisitInput,
} from '@chanjiao/contracts/selection/index';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';

const REVIEW = ['selection', 'review'] as const;
const boardKey = (callId: string) => [...REVIEW, 'board', callId];
const resultsKey = (callId: string) => [...REVIEW, 'results', callId];
const myReviewKey = (id: string) => [...REVIEW, 'mine', id];

export function useReviewBoard(callId: string) {
  return useQuery({
    queryKey: boardKey(callId),
    queryFn: () => unwrap(client.GET('/api/selection/calls/{id}/review', { params: { path: { id: callId } } })),
  });
}

export function useExperts() {
  return useQuery({ queryKey: [...REVIEW, 'experts'], queryFn: () => unwrap(client.GET('/api/selection/experts')) });
}

/** Every board change answers with the new board; results depend on it, so they are read again. */
function useBoardMutation<I>(callId: string, send: (input: I) => Promise<TReviewBoard>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (board) => {
      queryClient.setQueryData(boardKey(callId), board);
      void queryClient.invalidateQueries({ queryKey: resultsKey(callId) });
    },
  });
}

export function useSetPanel(callId: string) {
  return useBoardMutation(callId, (expertIds: string[]) =>
    unwrap(client.PUT('/api/selection/calls/{id}/review/panel', { params: { path: { id: callId } }, body: { expertIds } })),
  );
}

export function useSaveSettings(callId: string) {
  return useBoardMutation(callId, (input: TReviewSettingsUpdate) =>
    unwrap(client.PUT('/api/selection/calls/{id}/review/settings', { params: { path: { id: callId } }, body: input })),
  );
}

export function useAssignByHand(callId: string) {
  return useBoardMutation(callId, (input: TManualAssignment) =>
    unwrap(client.POST('/api/selection/calls/{id}/review/assignments', { params: { path: { id: callId } }, body: input })),
  );
}

export function usePinConflict(callId: string) {
  return useBoardMutation(callId, (input: TConflictPin) =>
    unwrap(client.POST('/api/selection/calls/{id}/review/conflicts', { params: { path: { id: callId } }, body: input })),
  );
}

export function useAssignAutomatically(callId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(client.POST('/api/selection/calls/{id}/review/assignments/automatic', { params: { path: { id: callId } }, body: {} })),
    onSuccess: (outcome) => queryClient.setQueryData(boardKey(callId), outcome.board),
  });
}

/** Removals answer only ok: the board is read again. */
function useBoardRemoval(remove: (id: string) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: remove,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...REVIEW] }),
  });
}

export function useUnassign() {
  return useBoardRemoval((id) => unwrap(client.DELETE('/api/selection/reviews/{id}', { params: { path: { id } } })));
}

export function useRemoveConflict() {
  return useBoardRemoval((id) => unwrap(client.DELETE('/api/selection/conflicts/{id}', { params: { path: { id } } })));
}

export function useSetAffiliations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { expertId: string; affiliations: TAffiliationInput[] }) =>
      unwrap(
        client.PUT('/api/selection/experts/{id}/affiliations', {
          params: { path: { id: input.expertId } },
          body: { affiliations: input.affiliations },
        }),
      ),
    // Affiliations change the derived conflicts of every board.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...REVIEW] }),
  });
}

export function useResults(callId: string, enabled: boolean) {
  return useQuery({
    queryKey: resultsKey(callId),
    queryFn: () => unwrap(client.GET('/api/selection/calls/{id}/results', { params: { path: { id: callId } } })),
    enabled,
    // RANKING_NOT_READY is an answer (applications short of K), not a glitch to retry.
    retry: false,
  });
}

function useResultsMutation<I>(callId: string, send: (input: I) => Promise<TResults>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (results) => {
      queryClient.setQueryData(resultsKey(callId), results);
      void queryClient.invalidateQueries({ queryKey: boardKey(callId) });
    },
  });
}

export function useSetDecisions(callId: string) {
  return useResultsMutation(callId, (input: TResultDecisions) =>
    unwrap(client.PUT('/api/selection/calls/{id}/results/decisions', { params: { path: { id: callId } }, body: input })),
  );
}

export function usePublishResults(callId: string) {
  return useResultsMutation(callId, (body: TResultPublish) =>
    unwrap(client.POST('/api/selection/calls/{id}/results/publish', { params: { path: { id: callId } }, body })),
  );
}

export function useMyReviews(enabled: boolean) {
  return useQuery({ queryKey: [...REVIEW, 'mine'], queryFn: () => unwrap(client.GET('/api/selection/my/reviews')), enabled });
}

export function useMyReview(id: string) {
  return useQuery({
    queryKey: myReviewKey(id),
    queryFn: () => unwrap(client.GET('/api/selection/my/reviews/{id}', { params: { path: { id } } })),
  });
}

function useReviewMutation<I>(id: string, send: (input: I) => Promise<TReview>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (review) => {
      queryClient.setQueryData(myReviewKey(id), review);
      void queryClient.invalidateQueries({ queryKey: [...REVIEW, 'mine'], exact: true });
    },
  });
}

export function useSaveScores(id: string) {
  return useReviewMutation(id, (input: TScoreSave) =>
    unwrap(client.PUT('/api/selection/my/reviews/{id}/scores', { params: { path: { id } }, body: input })),
  );
}

export function useSubmitReview(id: string) {
  return useReviewMutation(id, (version: number) =>
    unwrap(client.POST('/api/selection/my/reviews/{id}/submit', { params: { path: { id } }, body: { version } })),
  );
}

export function useDeclareConflict(id: string) {
  return useReviewMutation(id, (reason: string) =>
    unwrap(client.POST('/api/selection/my/reviews/{id}/conflict', { params: { path: { id } }, body: { reason } })),
  );
}

export function useRecordSiteVisit(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TSiteVisitInput) =>
      unwrap(client.POST('/api/selection/applications/{id}/site-visits', { params: { path: { id: applicationId } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...REVIEW] }),
  });
}

export function useApplicantResult(applicationId: string) {
  return useQuery({
    queryKey: [...REVIEW, 'applicant', applicationId],
    queryFn: () => unwrap(client.GET('/api/selection/applications/{id}/result', { params: { path: { id: applicationId } } })),
    retry: false,
  });
}
