/**
 * The enterprise list's entry and exit procedure (连教职函〔2026〕6号 附件1 指标3.1 “制定联合体内参与企业清单，建立企业进出联合体管理
 * 制度”): an enterprise applies and the secretariat admits or refuses it; a listed enterprise asks to leave and the
 * secretariat approves, or the secretariat removes it by decision. A refusal, an exit request and a removal carry
 * their reason; every step has its date, never later than today nor earlier than the step before it.
 */
import type { EnterpriseListAction, EnterpriseListStatus } from '@chanjiao/contracts';

export type ListActor = 'enterprise' | 'secretariat';

export interface EnterpriseListStep {
  action: EnterpriseListAction;
  /** The statuses the step starts from; null is “not on the list yet”. */
  from: (EnterpriseListStatus | null)[];
  to: EnterpriseListStatus;
  by: ListActor;
  reasonRequired: boolean;
}

/** The procedure as data: the state machine the service and its tests read. */
export const ENTERPRISE_LIST_STEPS: EnterpriseListStep[] = [
  // A refused or departed enterprise may apply again: the procedure regulates entry, it does not bar it.
  { action: 'apply', from: [null, 'rejected', 'exited'], to: 'applied', by: 'enterprise', reasonRequired: true },
  { action: 'admit', from: ['applied'], to: 'listed', by: 'secretariat', reasonRequired: false },
  { action: 'reject', from: ['applied'], to: 'rejected', by: 'secretariat', reasonRequired: true },
  { action: 'request_exit', from: ['listed'], to: 'exit_requested', by: 'enterprise', reasonRequired: true },
  { action: 'approve_exit', from: ['exit_requested'], to: 'exited', by: 'secretariat', reasonRequired: false },
  { action: 'remove', from: ['listed', 'exit_requested'], to: 'exited', by: 'secretariat', reasonRequired: true },
];

export type StepOutcome =
  { ok: true; to: EnterpriseListStatus } | { ok: false; problem: 'not_from_here' | 'not_this_actor' | 'reason_required' };

export function enterpriseListStep(
  from: EnterpriseListStatus | null,
  action: EnterpriseListAction,
  by: ListActor,
  reason: string | null | undefined,
): StepOutcome {
  const step = ENTERPRISE_LIST_STEPS.find((s) => s.action === action)!;
  if (!step.from.includes(from)) return { ok: false, problem: 'not_from_here' };
  if (step.by !== by) return { ok: false, problem: 'not_this_actor' };
  if (step.reasonRequired && !reason?.trim()) return { ok: false, problem: 'reason_required' };
  return { ok: true, to: step.to };
}

/** Statuses in which the enterprise is on the list: it may keep jobs and the public sees it. */
export function isOnList(status: EnterpriseListStatus): boolean {
  return status === 'listed' || status === 'exit_requested';
}

/** Statuses from which a new application is refused: the enterprise already is on the list or being decided. */
export function isOpen(status: EnterpriseListStatus): boolean {
  return status === 'applied' || isOnList(status);
}

export type StepDateProblem = { problem: 'before_previous'; earliest: string } | { problem: 'in_future'; today: string } | null;

/** A step's date (ISO dates compare as strings) lies between the previous step's date and today, both included. */
export function stepDateProblem(on: string, previousOn: string, today: string): StepDateProblem {
  if (on > today) return { problem: 'in_future', today };
  if (on < previousOn) return { problem: 'before_previous', earliest: previousOn };
  return null;
}
