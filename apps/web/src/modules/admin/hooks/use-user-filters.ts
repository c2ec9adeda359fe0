import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { changedUserFilterParams, parseUserFilters, type UserFilters } from '../user-filters';

export function useUserFilters(): [UserFilters, (change: Partial<UserFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseUserFilters(params), [params]);
  const update = useCallback((change: Partial<UserFilters>) => setParams(changedUserFilterParams(filters, change)), [filters, setParams]);
  return [filters, update];
}
