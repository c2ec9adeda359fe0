/**
 * The lifecycle every entry of a body's lists shares (docs/sources.md §9 T1; 《本期聚焦：市域产教联合体》 “建立动态更新的…清单”): a draft is edited and
 * published; a published entry is withdrawn with a reason, or expires by itself once the last day of its validity
 * (or an innovation demand's closing date, 连教职函〔2026〕6号 附件1 指标3.4) has passed. Expiry is read, never stored, so the
 * lists are current on the day they are looked at.
 */
import type { ListEntryStatus, ListStatusAction, StoredListStatus } from '@chanjiao/contracts';

const STEPS: Record<ListStatusAction, { from: StoredListStatus; to: StoredListStatus; reasonRequired: boolean }> = {
  publish: { from: 'draft', to: 'published', reasonRequired: false },
  withdraw: { from: 'published', to: 'withdrawn', reasonRequired: true },
};

export type LifecycleOutcome = { ok: true; to: StoredListStatus } | { ok: false; problem: 'not_from_here' | 'reason_required' | 'expired' };

/** A step on the stored status; an expired entry is neither published again nor withdrawn — it has ended. */
export function lifecycleStep(
  stored: StoredListStatus,
  lastDay: string | null,
  today: string,
  action: ListStatusAction,
  reason: string | null | undefined,
): LifecycleOutcome {
  const step = STEPS[action];
  if (stored !== step.from) return { ok: false, problem: 'not_from_here' };
  if (action === 'withdraw' && effectiveStatus(stored, lastDay, today) === 'expired') return { ok: false, problem: 'expired' };
  if (action === 'publish' && lastDay !== null && lastDay < today) return { ok: false, problem: 'expired' };
  if (step.reasonRequired && !reason?.trim()) return { ok: false, problem: 'reason_required' };
  return { ok: true, to: step.to };
}

/** Published until the end of `lastDay` (Asia/Shanghai), expired from the next day on. */
export function effectiveStatus(stored: StoredListStatus, lastDay: string | null, today: string): ListEntryStatus {
  if (stored === 'published' && lastDay !== null && lastDay < today) return 'expired';
  return stored;
}

/** Only a draft is edited: what was published stays as the public saw it. */
export function isEditable(stored: StoredListStatus): boolean {
  return stored === 'draft';
}
