import { DEFAULT_CHARTER_PARAMETERS, type TQualifications } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { applicationBan, certificateNumber, earliestWithdrawal, missingQualifications, withdrawalEffectiveOn } from './membership.rules.js';

const all: TQualifications = {
  registeredLegalPerson: true,
  endorsesCharter: true,
  capacity: true,
  capacityStatement: '省级优质专业 3 个',
  willingToCooperate: true,
};

describe('章程第十六条: every basic condition must be met', () => {
  it.each([
    ['all four affirmed', all, []],
    ['(一) no independent legal person', { ...all, registeredLegalPerson: false }, ['（一）依法注册、具有独立法人资格']],
    [
      '(二) and (四) missing',
      { ...all, endorsesCharter: false, willingToCooperate: false },
      ['（二）认同联盟理念与章程', '（四）愿意参与联盟合作项目'],
    ],
  ])('%s', (_case, qualifications, missing) => {
    expect(missingQualifications(qualifications).map((name) => name['zh-CN'])).toEqual(missing);
  });
});

describe('章程第二十一条(五): an expelled unit may not apply within 2 years', () => {
  const twoYears = DEFAULT_CHARTER_PARAMETERS;
  const threeMonths = { expulsionBan: { months: 3 } };
  it.each([
    ['the day after expulsion', '2026-03-10', '2026-03-11', twoYears, true, '2028-03-10', '2028-03-11'],
    ['the ban’s last day (2年内 includes it)', '2026-03-10', '2028-03-10', twoYears, true, '2028-03-10', '2028-03-11'],
    ['the day after the ban ends', '2026-03-10', '2028-03-11', twoYears, false, '2028-03-10', '2028-03-11'],
    [
      'expelled on 29 February: the ban ends on 28 February (民法典第二百零二条)',
      '2028-02-29',
      '2030-02-28',
      twoYears,
      true,
      '2030-02-28',
      '2030-03-01',
    ],
    ['another body’s 3-month ban', '2026-01-31', '2026-05-01', threeMonths, false, '2026-04-30', '2026-05-01'],
  ])('%s', (_case, expelledOn, today, params, banned, banEndsOn, mayApplyFrom) => {
    expect(applicationBan(expelledOn, today, params)).toEqual({ banned, banEndsOn, mayApplyFrom });
  });
});

describe('章程第二十条(一): at least 1 month from the secretariat’s written receipt', () => {
  it.each([
    ['receipt on 10 March → 10 April', '2026-03-10', { months: 1 }, '2026-04-10'],
    ['receipt on 31 January → 28 February (no 31 February)', '2026-01-31', { months: 1 }, '2026-02-28'],
    ['leap year: 31 January 2028 → 29 February', '2028-01-31', { months: 1 }, '2028-02-29'],
    ['across the year end', '2026-12-15', { months: 1 }, '2027-01-15'],
    ['another body’s 30-day notice', '2026-03-10', { days: 30 }, '2026-04-09'],
  ])('%s', (_case, receipt, withdrawalNotice, earliest) => {
    const result = earliestWithdrawal(receipt, { withdrawalNotice });
    expect(result.earliest).toBe(earliest);
    expect(result.explanation['zh-CN']).toContain(`至 ${earliest} 届满`);
  });

  it.each([
    ['the intended day when it is later than both', '2026-06-30', '2026-04-10', '2026-05-20', '2026-06-30'],
    ['never before the notice ends', '2026-03-15', '2026-04-10', '2026-04-01', '2026-04-10'],
    ['never before the meeting approves it (第二十条(二))', '2026-04-10', '2026-04-10', '2026-05-20', '2026-05-20'],
  ])('takes effect on %s', (_case, intended, earliest, decided, effective) => {
    expect(withdrawalEffectiveOn(intended, earliest, decided)).toBe(effective);
  });
});

describe('章程第十九条(二): the certificate is numbered per body', () => {
  it('numbers with the body’s short name, the year of issue and a three-digit serial', () => {
    expect(certificateNumber('沿沪宁联盟', '2026-05-20', 3)).toBe('沿沪宁联盟成员证〔2026〕第003号');
    expect(certificateNumber(null, '2027-01-02', 112)).toBe('成员证〔2027〕第112号');
  });
});
