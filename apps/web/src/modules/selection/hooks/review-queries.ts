/** Server state of review (S3) and results (S4): the authority's board and ranking, the expert's score sheets, the applicant's result. */
import type {
  TAffiliationInput,
  TApplicantResult,
  TConflictPin,
  TExpert,
  TManualAssignment,
  TResultDecisions,
  TResults,
  TReview,
  TReviewBoard,
  TReviewSettingsUpdate,
  TReviewSummary,
  TScoreSave,
  TSiteVisitInput,
} from '@chanjiao/contracts/selection/index';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api';

const REVIEW = ['selection', 'review'] as const;
const boardKey = (callId: string) => [...REVIEW, 'board', callId];
const resultsKey = (callId: string) => [...REVIEW, 'results', callId];
const myReviewKey = (id: string) => [...REVIEW, 'mine', id];

export function useReviewBoard(callId: string) {
  return useQuery({ queryKey: boardKey(callId), queryFn: () => api.get<TReviewBoard>(`/api/selection/calls/${callId}/review`) });
}

export function useExperts() {
  return useQuery({ queryKey: [...REVIEW, 'experts'], queryFn: () => api.get<{ items: TExpert[] }>('/api/selection/experts') });
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
  return useBoardMutation(callId, (expertIds: string[]) => api.put<TReviewBoard>(`/api/selection/calls/${callId}/review/panel`, { expertIds }));
}

export function useSaveSettings(callId: string) {
  return useBoardMutation(callId, (input: TReviewSettingsUpdate) => api.put<TReviewBoard>(`/api/selection/calls/${callId}/review/settings`, input));
}

export function useAssignByHand(callId: string) {
  return useBoardMutation(callId, (input: TManualAssignment) => api.post<TReviewBoard>(`/api/selection/calls/${callId}/review/assignments`, input));
}

export function usePinConflict(callId: string) {
  return useBoardMutation(callId, (input: TConflictPin) => api.post<TReviewBoard>(`/api/selection/calls/${callId}/review/conflicts`, input));
}

export function useAssignAutomatically(callId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ added: number; explanation: string; board: TReviewBoard }>(`/api/selection/calls/${callId}/review/assignments/automatic`, {}),
    onSuccess: (outcome) => queryClient.setQueryData(boardKey(callId), outcome.board),
  });
}

/** Removals answer only ok: the board is read again. */
function useBoardRemoval(callId: string, path: (id: string) => string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(path(id)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...REVIEW] }),
  });
}

export function useUnassign(callId: string) {
  return useBoardRemoval(callId, (id) => `/api/selection/reviews/${id}`);
}

export function useRemoveConflict(callId: string) {
  return useBoardRemoval(callId, (id) => `/api/selection/conflicts/${id}`);
}

export function useSetAffiliations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { expertId: string; affiliations: TAffiliationInput[] }) =>
      api.put<TExpert>(`/api/selection/experts/${input.expertId}/affiliations`, { affiliations: input.affiliations }),
    // Affiliations change the derived conflicts of every board.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...REVIEW] }),
  });
}

export function useResults(callId: string, enabled: boolean) {
  return useQuery({
    queryKey: resultsKey(callId),
    queryFn: () => api.get<TResults>(`/api/selection/calls/${callId}/results`),
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
  return useResultsMutation(callId, (input: TResultDecisions) => api.put<TResults>(`/api/selection/calls/${callId}/results/decisions`, input));
}

export function usePublishResults(callId: string) {
  return useResultsMutation(callId, (version: number) => api.post<TResults>(`/api/selection/calls/${callId}/results/publish`, { version }));
}

export function useMyReviews(enabled: boolean) {
  return useQuery({ queryKey: [...REVIEW, 'mine'], queryFn: () => api.get<{ items: TReviewSummary[] }>('/api/selection/my/reviews'), enabled });
}

export function useMyReview(id: string) {
  return useQuery({ queryKey: myReviewKey(id), queryFn: () => api.get<TReview>(`/api/selection/my/reviews/${id}`) });
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
  return useReviewMutation(id, (input: TScoreSave) => api.put<TReview>(`/api/selection/my/reviews/${id}/scores`, input));
}

export function useSubmitReview(id: string) {
  return useReviewMutation(id, (version: number) => api.post<TReview>(`/api/selection/my/reviews/${id}/submit`, { version }));
}

export function useDeclareConflict(id: string) {
  return useReviewMutation(id, (reason: string) => api.post<TReview>(`/api/selection/my/reviews/${id}/conflict`, { reason }));
}

export function useRecordSiteVisit(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TSiteVisitInput) => api.post<unknown>(`/api/selection/applications/${applicationId}/site-visits`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...REVIEW] }),
  });
}

export function useApplicantResult(applicationId: string) {
  return useQuery({
    queryKey: [...REVIEW, 'applicant', applicationId],
    queryFn: () => api.get<TApplicantResult>(`/api/selection/applications/${applicationId}/result`),
    retry: false,
  });
}
