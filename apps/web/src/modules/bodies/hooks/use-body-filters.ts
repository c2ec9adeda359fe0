import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type BodyFilters, bodyFilterParams, parseBodyFilters } from '../body-filters';

export function useBodyFilters(): [BodyFilters, (change: BodyFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseBodyFilters(params), [params]);
  const update = useCallback((change: BodyFilters) => setParams(bodyFilterParams(filters, change)), [filters, setParams]);
  return [filters, update];
}
