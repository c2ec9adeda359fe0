/**
 * The list's filters live in the address (?q=&kind=&region=&page=), so reload, back/forward and a shared link
 * show the same list. Values a hand-edited address gets wrong are dropped rather than sent to the server.
 */
import { BODY_KINDS, type BodyKind, type TBodyListQuery } from '@chanjiao/contracts/bodies';

export type BodyFilters = Partial<Pick<TBodyListQuery, 'q' | 'kind' | 'region' | 'page'>>;

const REGION_CODE = /^\d{6}$/;

function asKind(value: string | null): BodyKind | undefined {
  return value && Object.hasOwn(BODY_KINDS, value) ? (value as BodyKind) : undefined;
}

export function parseBodyFilters(params: URLSearchParams): BodyFilters {
  const region = params.get('region') ?? '';
  const page = Number(params.get('page'));
  return {
    q: params.get('q')?.trim() || undefined,
    kind: asKind(params.get('kind')),
    region: REGION_CODE.test(region) ? region : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Turning the page keeps the filters; changing a filter goes back to page 1. Page 1 stays out of the address. */
export function bodyFilterParams(current: BodyFilters, change: BodyFilters): URLSearchParams {
  const next: BodyFilters = { ...current, page: 1, ...change };
  const entries: [string, string | undefined][] = [
    ['q', next.q],
    ['kind', next.kind],
    ['region', next.region],
    ['page', next.page && next.page > 1 ? String(next.page) : undefined],
  ];
  return new URLSearchParams(entries.filter((entry): entry is [string, string] => !!entry[1]));
}
