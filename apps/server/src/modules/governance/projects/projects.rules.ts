/**
 * Rules of cooperation projects. 章程第十七条(四): a member unit may propose a project; "经审议通过后" it may lead
 * or join it — so a project starts only after the joint meeting's vote passes. 章程第二十条(三): a withdrawing
 * unit hands over the obligations of projects it had signed up to, i.e. approved or running ones.
 */
import type { ProjectAction, ProjectPhase } from '@chanjiao/contracts';

export type ProjectStatus = 'proposed' | 'in_progress' | 'completed' | 'terminated';

export interface ApprovalVote {
  voteStatus: string;
  passed: boolean | null;
}

/** The phase shown to users: after the vote, the stored status; before, what the agenda item says. */
export function projectPhase(status: ProjectStatus, approval: ApprovalVote | null): ProjectPhase {
  if (status !== 'proposed') return status;
  if (!approval) return 'proposed';
  if (approval.voteStatus !== 'closed') return 'under_review';
  return approval.passed ? 'approved' : 'rejected';
}

/** A proposal goes (back) to a meeting when it has not been decided yet, or was turned down and revised. */
export function maySubmitForReview(phase: ProjectPhase): boolean {
  return phase === 'proposed' || phase === 'rejected';
}

const TRANSITIONS: Record<ProjectAction, { from: ProjectPhase[]; to: ProjectStatus }> = {
  start: { from: ['approved'], to: 'in_progress' },
  complete: { from: ['in_progress'], to: 'completed' },
  terminate: { from: ['approved', 'in_progress'], to: 'terminated' },
};

/** The status an action leads to, or null when the phase does not allow it. */
export function statusAfter(phase: ProjectPhase, action: ProjectAction): ProjectStatus | null {
  const transition = TRANSITIONS[action];
  return transition.from.includes(phase) ? transition.to : null;
}

export function carriesObligations(phase: ProjectPhase): boolean {
  return phase === 'approved' || phase === 'in_progress';
}

/** Participants, lead and milestones change while the project is alive, not once it is closed. */
export function isEditable(phase: ProjectPhase): boolean {
  return phase !== 'completed' && phase !== 'terminated';
}

export function isMilestoneLate(milestone: { dueOn: string; doneOn: string | null }, today: string): boolean {
  return milestone.doneOn === null && milestone.dueOn < today;
}
