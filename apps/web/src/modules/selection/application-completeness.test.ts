import { APPLICATION_SECTION_NAMES, type TFormProblem } from '@chanjiao/contracts/selection/index';
import { describe, expect, it } from 'vitest';
import { applicationCompleteness, completenessSummary, stepStatus } from './application-completeness';

const problem = (path: string): TFormProblem => ({ path, label: path, kind: 'missing', message: '请填写' });

/** The users' report: the cover is done, six other sections still have something to fill in. */
const SIX_SECTIONS_OPEN = [
  problem('summary.contactName'),
  problem('overview.secretariat.staffTotal'),
  problem('overview.establishedOn'),
  problem('members.enterprises'),
  problem('effectiveness.coBuiltMajors.y2025'),
  problem('plan.constructionPlan'),
  problem('commitment.parkSignatory.signedOn'),
];

describe('the steps’ red marks and the summary come from one computation', () => {
  it('a finished cover with six open sections does not say 已全部填写', () => {
    const completeness = applicationCompleteness(SIX_SECTIONS_OPEN);
    const red = APPLICATION_SECTION_NAMES.filter((section) => stepStatus(completeness, section, section === 'cover') === 'error');
    expect(red).toEqual(['summary', 'overview', 'members', 'effectiveness', 'plan', 'commitment']);
    expect(completenessSummary(completeness, 'cover')).toEqual({ kind: 'sectionDone', total: 7, sections: red });
  });

  it('the section being edited is red when it has problems, and the summary names the other red steps', () => {
    const completeness = applicationCompleteness(SIX_SECTIONS_OPEN);
    expect(stepStatus(completeness, 'overview', true)).toBe('error');
    const summary = completenessSummary(completeness, 'overview');
    expect(summary).toMatchObject({
      kind: 'sectionOpen',
      total: 7,
      otherSections: ['summary', 'members', 'effectiveness', 'plan', 'commitment'],
    });
    expect(summary.kind === 'sectionOpen' && summary.problems.map((p) => p.path)).toEqual([
      'overview.secretariat.staffTotal',
      'overview.establishedOn',
    ]);
  });

  it('says complete only when no step is red', () => {
    const completeness = applicationCompleteness([]);
    expect(APPLICATION_SECTION_NAMES.map((section) => stepStatus(completeness, section, section === 'plan'))).toEqual([
      'finish',
      'finish',
      'finish',
      'finish',
      'finish',
      'process',
      'finish',
      'finish',
    ]);
    expect(completenessSummary(completeness, 'plan')).toEqual({ kind: 'complete' });
  });

  it('a section named as a whole (an empty member table) marks its step', () => {
    const completeness = applicationCompleteness([problem('members')]);
    expect(completeness.incomplete).toEqual(['members']);
  });

  it('does not mistake a section for another that starts with its name', () => {
    const completeness = applicationCompleteness([problem('coverage.x')], ['cover', 'summary']);
    expect(completeness.incomplete).toEqual([]);
    // …and a problem of no known section still keeps the form from being complete.
    expect(completenessSummary(completeness, 'cover')).toEqual({ kind: 'sectionDone', total: 1, sections: [] });
  });
});
