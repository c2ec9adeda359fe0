import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { changedOrgFilterParams, type OrgFilters, parseOrgFilters } from '../org-filters';

export function useOrgFilters(): [OrgFilters, (change: OrgFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseOrgFilters(params), [params]);
  const update = useCallback((change: OrgFilters) => setParams(changedOrgFilterParams(filters, change)), [filters, setParams]);
  return [filters, update];
}
