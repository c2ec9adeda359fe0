/** Server state of the 专业动态调整 suggestions: a school's suggestions and the body's thresholds. */
import type { TAdjustmentThresholdsInput } from '@chanjiao/contracts/talent/index';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';

const ADJUSTMENTS = ['talent', 'adjustments'] as const;

export function useAdjustments(bodyId: string | undefined, schoolId: string | undefined, startYear: number) {
  return useQuery({
    queryKey: [...ADJUSTMENTS, bodyId, schoolId, startYear],
    queryFn:
      bodyId && schoolId
        ? () =>
            unwrap(client.GET('/api/bodies/{id}/talent/adjustments', { params: { path: { id: bodyId }, query: { schoolId, startYear } } }))
        : skipToken,
  });
}

export function useSaveAdjustmentThresholds(bodyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TAdjustmentThresholdsInput) =>
      unwrap(client.PUT('/api/bodies/{id}/talent/adjustment-thresholds', { params: { path: { id: bodyId } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ADJUSTMENTS }),
  });
}
