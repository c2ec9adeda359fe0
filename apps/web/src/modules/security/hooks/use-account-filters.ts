import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type AccountFilters, changedAccountFilterParams, parseAccountFilters } from '../account-filters';

export function useAccountFilters(): [AccountFilters, (change: Partial<AccountFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseAccountFilters(params), [params]);
  const update = useCallback(
    (change: Partial<AccountFilters>) => setParams(changedAccountFilterParams(filters, change)),
    [filters, setParams],
  );
  return [filters, update];
}
