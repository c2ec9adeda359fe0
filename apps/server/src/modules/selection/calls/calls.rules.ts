/**
 * The life of a call: 草稿 → 征集中 (opened: form, indicator system and limits freeze) → 已结束征集.
 * While open, the authority may still correct the notice and move the deadline; nothing else.
 */
import type { CallPhase, CallStatus } from '@chanjiao/contracts';
import { submissionAllowed } from './deadline.rules.js';

export type CallAction = 'edit' | 'open' | 'close';

const ALLOWED: Record<CallAction, CallStatus[]> = {
  edit: ['draft', 'open'],
  open: ['draft'],
  close: ['open'],
};

export function callActionAllowed(status: CallStatus, action: CallAction): boolean {
  return ALLOWED[action].includes(status);
}

/** Fields of a call that stay editable after it opens. */
export const EDITABLE_WHEN_OPEN = ['title', 'documentNumber', 'noticeText', 'eligibility', 'deadline'] as const;

/** The frozen fields an edit of an open call tries to change. */
export function frozenFieldsTouched(changes: Record<string, unknown>): string[] {
  return Object.keys(changes).filter((field) => changes[field] !== undefined && !(EDITABLE_WHEN_OPEN as readonly string[]).includes(field));
}

/**
 * The one word a reader sees for a call (通知 三.2 "于2026年5月28日前报送"): an open call whose deadline has passed
 * takes no new 推荐书 and reads 已截止 like a closed one; once the results are published it reads 结果已公示.
 */
export function callPhase(call: { status: CallStatus; deadlineLocal: string; resultsPublishedAt: Date | null }, now: Date): CallPhase {
  if (call.status === 'draft') return 'draft';
  if (call.resultsPublishedAt) return 'published';
  if (call.status === 'closed' || !submissionAllowed(now, call.deadlineLocal)) return 'closed';
  return 'open';
}
