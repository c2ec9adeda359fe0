/**
 * The audit log's filters in the address, so an auditor can reload, go back, or hand a colleague the exact
 * view. Time bounds are whole days in China Standard Time (the server reads `to` as including that day).
 * The same filters, without the page, go to the Excel export, so the file holds what the screen shows.
 */
import { AUDIT_OUTCOME_NAMES, type AuditOutcomeName } from '@chanjiao/contracts/audit';

export interface AuditFilters {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  outcome?: AuditOutcomeName;
  page: number;
}

export type AuditFilterChange = Partial<AuditFilters>;

const TEXT_FIELDS = ['actor', 'action', 'entityType', 'entityId'] as const;
/** The server's limits (ZAuditFilter); longer text in a hand-edited address is dropped rather than refused. */
const TEXT_LIMITS: Record<(typeof TEXT_FIELDS)[number], number> = { actor: 64, action: 64, entityType: 64, entityId: 200 };

function calendarDay(value: string | null): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  // 2026-02-30 parses to March; only a day that exists comes back unchanged.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}

function isOutcome(value: string | null): value is AuditOutcomeName {
  return (AUDIT_OUTCOME_NAMES as readonly (string | null)[]).includes(value);
}

export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = { page: 1 };
  let from = calendarDay(params.get('from'));
  let to = calendarDay(params.get('to'));
  // A range written backwards is meant the other way round.
  if (from && to && from > to) [from, to] = [to, from];
  if (from) filters.from = from;
  if (to) filters.to = to;
  for (const field of TEXT_FIELDS) {
    const value = params.get(field)?.trim();
    if (value && value.length <= TEXT_LIMITS[field]) filters[field] = value;
  }
  const outcome = params.get('outcome');
  if (isOutcome(outcome)) filters.outcome = outcome;
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1) filters.page = page;
  return filters;
}

/** What the API and the export take: every set filter, text trimmed, no page. */
export function auditQueryOf(filters: AuditFilters): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (key === 'page' || typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (trimmed) query[key] = trimmed;
  }
  return query;
}

/** Applies a change; any change other than turning the page starts again at page 1. */
export function changedAuditFilterParams(current: AuditFilters, change: AuditFilterChange): URLSearchParams {
  const next: AuditFilters = { ...current, page: 1, ...change };
  const params = new URLSearchParams(auditQueryOf(next));
  if (next.page > 1) params.set('page', String(next.page));
  return params;
}

export function hasAuditFilter(filters: AuditFilters): boolean {
  return Object.keys(auditQueryOf(filters)).length > 0;
}
