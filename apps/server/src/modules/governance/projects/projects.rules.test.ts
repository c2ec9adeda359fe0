import type { ProjectAction, ProjectPhase } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import {
  carriesObligations,
  isMilestoneLate,
  maySubmitForReview,
  type ProjectStatus,
  projectPhase,
  statusAfter,
} from './projects.rules.js';

describe('章程第十七条(四)「可提出联盟合作项目提案，经审议通过后，可牵头或参与项目实施」', () => {
  it.each<[ProjectStatus, { voteStatus: string; passed: boolean | null } | null, ProjectPhase]>([
    ['proposed', null, 'proposed'],
    ['proposed', { voteStatus: 'pending', passed: null }, 'under_review'],
    ['proposed', { voteStatus: 'open', passed: null }, 'under_review'],
    ['proposed', { voteStatus: 'closed', passed: true }, 'approved'],
    ['proposed', { voteStatus: 'closed', passed: false }, 'rejected'],
    ['in_progress', { voteStatus: 'closed', passed: true }, 'in_progress'],
    ['completed', { voteStatus: 'closed', passed: true }, 'completed'],
    ['terminated', { voteStatus: 'closed', passed: true }, 'terminated'],
  ])('status %s with vote %j is %s', (status, vote, phase) => {
    expect(projectPhase(status, vote)).toBe(phase);
  });

  it.each<[ProjectPhase, ProjectAction, ProjectStatus | null]>([
    // Only a passed vote lets a project start: "经审议通过后".
    ['proposed', 'start', null],
    ['under_review', 'start', null],
    ['rejected', 'start', null],
    ['approved', 'start', 'in_progress'],
    ['approved', 'complete', null],
    ['in_progress', 'complete', 'completed'],
    ['approved', 'terminate', 'terminated'],
    ['in_progress', 'terminate', 'terminated'],
    ['completed', 'terminate', null],
    ['terminated', 'start', null],
  ])('%s → %s gives %s', (phase, action, next) => {
    expect(statusAfter(phase, action)).toBe(next);
  });

  it.each<[ProjectPhase, boolean]>([
    ['proposed', true],
    ['rejected', true],
    ['under_review', false],
    ['approved', false],
    ['in_progress', false],
  ])('a %s proposal may go to a meeting: %s', (phase, allowed) => {
    expect(maySubmitForReview(phase)).toBe(allowed);
  });
});

describe('章程第二十条(三)「退会前已签署协议或承诺履行的合作项目所产生的义务……应配合完成相关交接」', () => {
  it.each<[ProjectPhase, boolean]>([
    ['proposed', false],
    ['under_review', false],
    ['rejected', false],
    ['approved', true],
    ['in_progress', true],
    ['completed', false],
    ['terminated', false],
  ])('a %s project is handed over: %s', (phase, open) => {
    expect(carriesObligations(phase)).toBe(open);
  });
});

describe('milestones', () => {
  it.each([
    [{ dueOn: '2026-06-30', doneOn: null }, '2026-06-30', false],
    [{ dueOn: '2026-06-30', doneOn: null }, '2026-07-01', true],
    [{ dueOn: '2026-06-30', doneOn: '2026-07-05' }, '2026-08-01', false],
  ])('%j on %s is late: %s', (milestone, today, late) => {
    expect(isMilestoneLate(milestone, today)).toBe(late);
  });
});
