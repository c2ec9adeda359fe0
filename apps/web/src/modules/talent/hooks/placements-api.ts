/** Server state of placements: offers, take-ups, teacher practice and the figures computed from them. */
import type { TPlacementOfferInput, TPlacementTakeUpInput, TTeacherPracticeInput } from '@chanjiao/contracts/talent/index';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';

const PLACEMENTS = ['talent', 'placements'] as const;

export function usePlacements(bodyId: string | undefined) {
  return useQuery({
    queryKey: [...PLACEMENTS, bodyId],
    queryFn: bodyId ? () => unwrap(client.GET('/api/bodies/{id}/talent/placements', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

function usePlacementMutation<T, R>(send: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: PLACEMENTS }) });
}

export function usePlacementActions(bodyId: string) {
  const path = { id: bodyId };
  return {
    offer: usePlacementMutation((input: TPlacementOfferInput) =>
      unwrap(client.POST('/api/bodies/{id}/talent/placements', { params: { path }, body: input })),
    ),
    deleteOffer: usePlacementMutation((offerId: string) =>
      unwrap(client.DELETE('/api/bodies/{id}/talent/placements/{offerId}', { params: { path: { ...path, offerId } } })),
    ),
    takeUp: usePlacementMutation(({ offerId, ...input }: TPlacementTakeUpInput & { offerId: string }) =>
      unwrap(client.POST('/api/bodies/{id}/talent/placements/{offerId}/take-ups', { params: { path: { ...path, offerId } }, body: input })),
    ),
    deleteTakeUp: usePlacementMutation(({ offerId, takeUpId }: { offerId: string; takeUpId: string }) =>
      unwrap(
        client.DELETE('/api/bodies/{id}/talent/placements/{offerId}/take-ups/{takeUpId}', {
          params: { path: { ...path, offerId, takeUpId } },
        }),
      ),
    ),
    practice: usePlacementMutation((input: TTeacherPracticeInput) =>
      unwrap(client.POST('/api/bodies/{id}/talent/teacher-practice', { params: { path }, body: input })),
    ),
    deletePractice: usePlacementMutation((practiceId: string) =>
      unwrap(client.DELETE('/api/bodies/{id}/talent/teacher-practice/{practiceId}', { params: { path: { ...path, practiceId } } })),
    ),
  };
}
