import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type AuditFilterChange, type AuditFilters, changedAuditFilterParams, parseAuditFilters } from '../audit-filters';

export function useAuditFilters(): [AuditFilters, (change: AuditFilterChange) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseAuditFilters(params), [params]);
  const update = useCallback((change: AuditFilterChange) => setParams(changedAuditFilterParams(filters, change)), [filters, setParams]);
  return [filters, update];
}
