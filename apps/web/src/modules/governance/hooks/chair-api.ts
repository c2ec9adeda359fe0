/** Server state of the rotating chair schedule. */
import type { TChairOverrideInput, TChairPlanInput, TChairSchedule } from '@chanjiao/contracts/governance/chair';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api';

const key = (bodyId: string | undefined) => ['governance', 'chair', bodyId] as const;

export function useChairSchedule(bodyId: string | undefined) {
  return useQuery({
    queryKey: key(bodyId),
    queryFn: () => api.get<TChairSchedule>(`/api/bodies/${bodyId}/chair-schedule`),
    enabled: !!bodyId,
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
    api.put<TChairSchedule>(`/api/bodies/${bodyId}/chair-schedule/plan`, input),
  );
}

export function useOverrideChair(bodyId: string | undefined) {
  return useScheduleMutation(bodyId, (input: TChairOverrideInput) =>
    api.post<TChairSchedule>(`/api/bodies/${bodyId}/chair-schedule/overrides`, input),
  );
}

export function useRevokeChairOverride(bodyId: string | undefined) {
  return useScheduleMutation(bodyId, (overrideId: string) =>
    api.post<TChairSchedule>(`/api/bodies/${bodyId}/chair-schedule/overrides/${overrideId}/revoke`),
  );
}
