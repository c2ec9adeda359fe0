/**
 * The list's filters as they live in the address (?q=&type=&region=&sort=&page=), so back/forward, reload
 * and a shared link all show the same list. Unknown values in a hand-edited address are ignored.
 */
import { ORG_SORTS, ORG_TYPES, type OrgType, type TOrgListQuery } from '@chanjiao/contracts/organizations';

export type OrgFilters = Partial<Pick<TOrgListQuery, 'q' | 'type' | 'region' | 'sort' | 'page'>>;
type OrgSort = (typeof ORG_SORTS)[number];

const DEFAULT_SORT: OrgSort = 'name';

function isOrgType(value: string | null): value is OrgType {
  return !!value && Object.hasOwn(ORG_TYPES, value);
}

function isSort(value: string | null): value is OrgSort {
  return (ORG_SORTS as readonly (string | null)[]).includes(value);
}

export function parseOrgFilters(params: URLSearchParams): OrgFilters {
  const type = params.get('type');
  const sort = params.get('sort');
  const region = params.get('region');
  const page = Number(params.get('page'));
  return {
    q: params.get('q')?.trim() || undefined,
    type: isOrgType(type) ? type : undefined,
    region: region && /^\d{6}$/.test(region) ? region : undefined,
    sort: isSort(sort) ? sort : DEFAULT_SORT,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Applies a change; any change other than turning the page starts again at page 1. Defaults stay out of the address. */
export function changedOrgFilterParams(current: OrgFilters, change: OrgFilters): URLSearchParams {
  const next: OrgFilters = { ...current, page: 1, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.type) params.set('type', next.type);
  if (next.region) params.set('region', next.region);
  if (next.sort && next.sort !== DEFAULT_SORT) params.set('sort', next.sort);
  if (next.page && next.page > 1) params.set('page', String(next.page));
  return params;
}
