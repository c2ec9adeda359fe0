/** 行政区划 for pickers: fetched once per visit (the table changes only with a new release). */
import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../app/api';
import { indexRegions } from '../regions';

export type { RegionIndex, RegionOption } from '../regions';

export function useRegions() {
  return useQuery({
    queryKey: ['reference', 'regions'],
    queryFn: async () => indexRegions(await unwrap(client.GET('/api/reference/regions'))),
    staleTime: Infinity,
  });
}
