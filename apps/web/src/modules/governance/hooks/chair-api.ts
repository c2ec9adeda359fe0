/** Server state of the rotating chair schedule. */
import type { TChairOverrideInput, TChairPlanInput, TChairSchedule } from '@chanjiao/contracts/governance/chair';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, requireId, unwrap } from '../../../app/api';

const key = (bodyId: string | undefined) => ['governance', 'chair', bodyId] as const;

export function useChairSchedule(bodyId: string | undefined) {
  return useQuery({
    queryKey: key(bodyId),
    queryFn: bodyId ? () => unwrap(client.GET('/api/bodies/{id}/chair-schedule', { params: { path: { id: bodyId } } })) : skipToken,
  });
}

function useScheduleMutation<T>(bodyId: string | undefined, send: (input: T) => Promise<TChairSchedule>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (schedule) => queryClient.setQueryData(key(bodyId), schedule),
  });
}

export function usePlanChair(bodyId: string | undefined) {
  return useScheduleMutation(bodyId, (input: TChairPlanInput) =>
    unwrap(client.PUT('/api/bodies/{id}/chair-schedule/plan', { params: { path: { id: requireId(bodyId) } }, body: input })),
  );
}

export function useOverrideChair(bodyId: string | undefined) {
  return useScheduleMutation(bodyId, (input: TChairOverrideInput) =>
    unwrap(client.POST('/api/bodies/{id}/chair-schedule/overrides', { params: { path: { id: requireId(bodyId) } }, body: input })),
  );
}

export function useRevokeChairOverride(bodyId: string | undefined) {
  return useScheduleMutation(bodyId, (overrideId: string) =>
    unwrap(
      client.POST('/api/bodies/{id}/chair-schedule/overrides/{overrideId}/revoke', {
        params: { path: { id: requireId(bodyId), overrideId } },
      }),
    ),
  );
}
