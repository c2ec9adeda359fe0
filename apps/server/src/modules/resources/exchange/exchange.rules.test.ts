import { describe, expect, it } from 'vitest';
import {
  type AgreementAction,
  agreementAfter,
  type AgreementState,
  type CountedAgreement,
  exchangeTotals,
  fieldWords,
  type MatchablePost,
  matchPosts,
  rankMatches,
} from './exchange.rules.js';

// 倡议书 三: "建设跨区域数字化职教协同信息平台，推动区域课程互选、学分互认、师资互派、职业体验互动".
// docs/sources.md §9 R5: offers and requests matched by field and major class with the reasons shown.
const offer: MatchablePost = {
  kind: 'teacher_offer',
  orgId: 'caoyang',
  classCode: '4601',
  className: '机械设计制造类',
  fields: '数控加工、工业机器人',
  days: 10,
  startsOn: '2026-09-01',
  endsOn: '2026-12-31',
  status: 'open',
};
const request: MatchablePost = { ...offer, kind: 'teacher_request', orgId: 'pukou', fields: '数控', days: 5, startsOn: '2026-10-01' };

describe('fieldWords', () => {
  it.each([
    ['数控加工、工业机器人', ['数控加工', '工业机器人']],
    ['数控加工，机器人; 焊接', ['数控加工', '机器人', '焊接']],
    [' 数控  数控 ', ['数控']],
  ])('%s → %j', (fields, words) => expect(fieldWords(fields)).toEqual(words));
});

describe('matchPosts', () => {
  it.each<[string, MatchablePost, MatchablePost, string[] | null]>([
    [
      'same class, a shared field word, overlapping dates, enough days',
      offer,
      request,
      ['专业类相同：机械设计制造类', '领域相同：数控加工', '时间相交：2026-10-01 至 2026-12-31', '可派 10 天，满足所需 5 天'],
    ],
    [
      'same category only, no shared word, dates apart, too few days',
      offer,
      { ...request, classCode: '4603', className: '自动化类', fields: '电气', startsOn: '2027-01-05', endsOn: '2027-02-01', days: 20 },
      ['同属专业大类 46（自动化类）'],
    ],
    [
      'another category but a shared field word',
      offer,
      { ...request, classCode: '5102', className: '计算机类', fields: '机器人' },
      ['领域相同：工业机器人', '时间相交：2026-10-01 至 2026-12-31', '可派 10 天，满足所需 5 天'],
    ],
    ['nothing in common', offer, { ...request, classCode: '5102', className: '计算机类', fields: '软件' }, null],
    ['two offers', offer, { ...request, kind: 'teacher_offer' }, null],
    ['the unit’s own request', offer, { ...request, orgId: 'caoyang' }, null],
    ['a closed request', offer, { ...request, status: 'closed' }, null],
    ['an activity is not matched', { ...offer, kind: 'experience' }, request, null],
  ])('%s', (_, post, candidate, reasons) => {
    const match = matchPosts(post, candidate);
    expect(match?.reasons.map((r) => r['zh-CN']) ?? null).toEqual(reasons);
  });

  it('ranks the better match first', () => {
    const weak = { ...request, classCode: '4603', className: '自动化类', fields: '电气', id: 'weak' };
    const strong = { ...request, id: 'strong' };
    expect(rankMatches(offer, [weak, strong]).map((m) => m.candidate.id)).toEqual(['strong', 'weak']);
  });
});

describe('agreementAfter', () => {
  const state = (over: Partial<AgreementState>): AgreementState => ({
    status: 'proposed',
    proposedBy: 'sender',
    senderEvaluated: false,
    receiverEvaluated: false,
    receiverIsMember: true,
    ...over,
  });
  // "agreements (who, where, dates, hours), completion records with hours and an evaluation by both sides"
  it.each<[string, Partial<AgreementState>, 'sender' | 'receiver', AgreementAction, string | null]>([
    ['the other side confirms a proposal', {}, 'receiver', 'confirm', 'agreed'],
    ['the proposer cannot confirm its own proposal', {}, 'sender', 'confirm', null],
    ['either side cancels a proposal', {}, 'sender', 'cancel', 'cancelled'],
    ['either side cancels an agreed exchange', { status: 'agreed' }, 'receiver', 'cancel', 'cancelled'],
    ['a carried-out exchange is not cancelled', { status: 'carried_out' }, 'sender', 'cancel', null],
    ['nothing is completed before it is agreed', {}, 'sender', 'complete', null],
    ['an agreed exchange is completed with its hours', { status: 'agreed' }, 'receiver', 'complete', 'carried_out'],
    ['no evaluation before completion', { status: 'agreed' }, 'sender', 'evaluate', null],
    ['the first evaluation leaves it awaiting the other', { status: 'carried_out' }, 'sender', 'evaluate', 'carried_out'],
    ['the second evaluation completes it', { status: 'carried_out', senderEvaluated: true }, 'receiver', 'evaluate', 'completed'],
    ['a side evaluates once', { status: 'carried_out', senderEvaluated: true }, 'sender', 'evaluate', null],
    [
      'an activity host records the visitors’ evaluation after its own',
      { status: 'carried_out', senderEvaluated: true, receiverIsMember: false },
      'sender',
      'evaluate',
      'completed',
    ],
    [
      'a completed agreement takes no more evaluations',
      { status: 'completed', senderEvaluated: true, receiverEvaluated: true },
      'receiver',
      'evaluate',
      null,
    ],
    ['a cancelled agreement is not confirmed', { status: 'cancelled' }, 'receiver', 'confirm', null],
  ])('%s', (_, over, side, action, next) => expect(agreementAfter(state(over), side, action)).toBe(next));
});

describe('exchangeTotals', () => {
  const teacher: CountedAgreement = {
    kind: 'teacher',
    status: 'completed',
    senderOrgId: 'caoyang',
    receiverOrgId: 'pukou',
    startsOn: '2026-03-02',
    actualDays: 5,
    actualHours: 32,
    actualParticipants: null,
  };
  it('counts carried-out and completed agreements of the year for both sides; activities for the host', () => {
    const totals = exchangeTotals(
      [
        teacher,
        { ...teacher, status: 'carried_out', actualDays: 2, actualHours: 12 },
        { ...teacher, status: 'agreed', actualDays: null, actualHours: null },
        { ...teacher, startsOn: '2025-12-30' },
        { ...teacher, kind: 'experience', receiverOrgId: null, actualDays: 1, actualHours: 4, actualParticipants: 40 },
      ],
      2026,
    );
    expect(totals.get('caoyang')).toEqual({
      teacherDaysSent: 7,
      teacherHoursSent: 44,
      teacherDaysReceived: 0,
      teacherHoursReceived: 0,
      experienceActivities: 1,
      experienceParticipants: 40,
    });
    expect(totals.get('pukou')).toMatchObject({ teacherDaysReceived: 7, teacherHoursReceived: 44, experienceActivities: 0 });
  });
});
