/**
 * The three-level review of a quality report (上海年报 6.4: “实施‘三级审核’制度，采集员、审核员、校长进行三级数据和
 * 年报核准”; “学校年度质量报告须经学校法定代表人签字并加盖公章”) as a state machine: who may take which step from
 * which state. An authority above the school may send the report back at any stage after submission.
 */
import { type Bilingual, REPORT_STATUSES, type ReportStatus, type ReviewAction } from '@chanjiao/contracts';

/** What the acting user may do for this report, from their grants and their part in it. */
export interface ReviewCapacity {
  collect: boolean;
  review: boolean;
  approve: boolean;
  authority: boolean;
  /** The user submitted the current version: the 校长 may not also be its 采集员. */
  submittedIt: boolean;
}

export interface TransitionInput {
  status: ReportStatus;
  action: ReviewAction;
  capacity: ReviewCapacity;
  cycleOpen: boolean;
  /** Problems left on the form (form.rules.ts); submission needs none. */
  problemCount: number;
}

export type TransitionDecision = { allowed: true; to: ReportStatus } | { allowed: false; reason: Bilingual };

interface Step {
  from: ReportStatus[];
  /** null: the report keeps its state (saving a draft or a returned report). */
  to: ReportStatus | null;
  needs: keyof Omit<ReviewCapacity, 'submittedIt'>;
}

export const REVIEW_STEPS: Record<ReviewAction, Step> = {
  save: { from: ['draft', 'returned'], to: null, needs: 'collect' },
  submit: { from: ['draft', 'returned'], to: 'submitted', needs: 'collect' },
  pass: { from: ['submitted'], to: 'reviewed', needs: 'review' },
  reviewer_return: { from: ['submitted'], to: 'returned', needs: 'review' },
  approve: { from: ['reviewed'], to: 'approved', needs: 'approve' },
  principal_return: { from: ['reviewed'], to: 'returned', needs: 'approve' },
  authority_return: { from: ['submitted', 'reviewed', 'approved'], to: 'returned', needs: 'authority' },
};

const ROLE_NAMES: Record<Step['needs'], Bilingual> = {
  collect: { 'zh-CN': '本单位采集员', 'en-US': 'the unit’s data collector' },
  review: { 'zh-CN': '本单位审核员', 'en-US': 'the unit’s reviewer' },
  approve: { 'zh-CN': '本单位校长（法定代表人）', 'en-US': 'the unit’s principal' },
  authority: { 'zh-CN': '开启本周期的教育行政部门', 'en-US': 'the authority that opened the cycle' },
};

const refuse = (zh: string, en: string): TransitionDecision => ({ allowed: false, reason: { 'zh-CN': zh, 'en-US': en } });

export function decideTransition(input: TransitionInput): TransitionDecision {
  const step = REVIEW_STEPS[input.action];
  const { capacity, status } = input;
  if (!input.cycleOpen) return refuse('年报周期尚未开启', 'the cycle is not open');
  if (!capacity[step.needs]) {
    const who = ROLE_NAMES[step.needs];
    return refuse(`这一步只能由${who['zh-CN']}办理`, `only ${who['en-US']} takes this step`);
  }
  if (!step.from.includes(status)) {
    const now = REPORT_STATUSES[status];
    return refuse(`报告当前为“${now['zh-CN']}”`, `the report is “${now['en-US']}”`);
  }
  if (input.action === 'approve' && capacity.submittedIt) {
    return refuse(
      '校长不能审定自己作为采集员提交的报告，请由采集员提交、校长审定',
      'a principal cannot approve a report they submitted as its collector',
    );
  }
  if (input.action === 'submit' && input.problemCount > 0) {
    return refuse(`表单还有 ${input.problemCount} 处问题`, `the form has ${input.problemCount} problems left`);
  }
  return { allowed: true, to: step.to ?? status };
}
