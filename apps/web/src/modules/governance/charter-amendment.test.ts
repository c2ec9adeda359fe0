import { ZCharterAmendmentProposal } from '@chanjiao/contracts/governance/charter';
import { DEFAULT_CHARTER_PARAMETERS } from '@chanjiao/contracts/governance-rules';
import { describe, expect, it } from 'vitest';
import { amendmentFormValues, amendmentProposal } from './charter-amendment';

const inForce = { parameters: DEFAULT_CHARTER_PARAMETERS, chairRotation: { termYears: 1, basis: 'city' as const } };

describe('charter amendment proposal', () => {
  it('proposes the charter in force unchanged when nothing is edited, and the schema accepts it', () => {
    const proposal = amendmentProposal(inForce, amendmentFormValues(inForce.parameters), undefined);
    expect(proposal).toEqual({ parameters: DEFAULT_CHARTER_PARAMETERS, chairRotation: inForce.chairRotation });
    expect(ZCharterAmendmentProposal.safeParse(proposal).success).toBe(true);
  });

  it.each([
    // 章程第八条 "半数以上" (≥ 1/2 of those present) changed to 过半数 of all members entitled (> 1/2).
    ['resolution', { numerator: 1, denominator: 2, comparator: 'gt', base: 'entitled' }],
    // 第二十六条 "三分之二以上成员代表": the base becomes the members entitled instead of those present.
    ['charterAmendment', { numerator: 2, denominator: 3, comparator: 'gte', base: 'entitled' }],
    ['expulsion', { numerator: 3, denominator: 4, comparator: 'gte', base: 'cast' }],
  ] as const)('carries an edited %s threshold with its fraction, comparator and base', (rule, threshold) => {
    const edited = amendmentFormValues(inForce.parameters);
    edited.votes![rule] = threshold;
    const proposal = amendmentProposal(inForce, edited, undefined);
    expect(proposal.parameters.votes[rule]).toEqual(threshold);
    expect(ZCharterAmendmentProposal.safeParse(proposal).success).toBe(true);
  });

  it('drops the empty parts of a period (第二十条 notice: 1 month → 2 months 15 days)', () => {
    const edited = amendmentFormValues(inForce.parameters);
    edited.withdrawalNotice = { years: null, months: 2, days: 15 };
    edited.expulsionBan = { years: 3, months: 0, days: null };
    const proposal = amendmentProposal(inForce, edited, undefined);
    expect(proposal.parameters.withdrawalNotice).toEqual({ months: 2, days: 15 });
    expect(proposal.parameters.expulsionBan).toEqual({ years: 3 });
  });

  it('leaves an emptied period empty, so that the schema refuses it rather than keeping the old value', () => {
    const edited = amendmentFormValues(inForce.parameters);
    edited.committeeTerm = { years: null, months: null, days: null };
    const proposal = amendmentProposal(inForce, edited, undefined);
    expect(proposal.parameters.committeeTerm).toEqual({});
    expect(ZCharterAmendmentProposal.safeParse(proposal).success).toBe(false);
  });

  it('keeps the absences count of 第二十一条(二) unless edited, and the new text only when written', () => {
    const edited = amendmentFormValues(inForce.parameters);
    edited.unexcusedAbsencesForExpulsion = 3;
    expect(amendmentProposal(inForce, edited, '  第二十条 修改后的条文  ')).toMatchObject({
      parameters: { unexcusedAbsencesForExpulsion: 3 },
      text: '第二十条 修改后的条文',
    });
    edited.unexcusedAbsencesForExpulsion = null;
    const unchanged = amendmentProposal(inForce, edited, '   ');
    expect(unchanged.parameters.unexcusedAbsencesForExpulsion).toBe(2);
    expect(unchanged).not.toHaveProperty('text');
  });
});
