/**
 * The life of a call: 草稿 → 征集中 (opened: form, indicator system and limits freeze) → 已结束征集.
 * While open, the authority may still correct the notice and move the deadline; nothing else.
 */
import type { CallStatus } from '@chanjiao/contracts';

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
  return Object.keys(changes).filter(
    (field) => changes[field] !== undefined && !(EDITABLE_WHEN_OPEN as readonly string[]).includes(field),
  );
}
