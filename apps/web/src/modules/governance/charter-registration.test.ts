import { DEFAULT_CHARTER_PARAMETERS } from '@chanjiao/contracts/governance-rules';
import { ZCharterRegistration } from '@chanjiao/contracts/governance/charter';
import { describe, expect, it } from 'vitest';
import { registrationFormValues, registrationPayload } from './charter-registration';

describe('the charter registration form’s request body', () => {
  it('starts from the body’s name and the model charter (章程第六条: different cities, one-year terms)', () => {
    const start = registrationFormValues('普陀区职业教育联盟');
    expect(start.charterTitle).toBe('普陀区职业教育联盟章程');
    expect(start.chairRotation).toEqual({ termYears: 1, basis: 'city' });
    expect(registrationPayload(start).parameters).toEqual(DEFAULT_CHARTER_PARAMETERS);
  });

  it('carries a one-city body’s member rotation and an edited period, and passes the contract', () => {
    const values = {
      ...registrationFormValues('普陀区职业教育联盟'),
      effectiveOn: '2013-06-18',
      adoptionBasis: '成立大会审议通过（成立大会纪要）',
      text: '第一章 总则\n第一条 本联盟名称为普陀区职业教育联盟。',
      chairRotation: { termYears: 1, basis: 'member' as const },
    };
    values.parameters = { ...values.parameters, withdrawalNotice: { years: 0, months: 3, days: null } };
    const payload = registrationPayload(values);
    expect(payload.chairRotation).toEqual({ termYears: 1, basis: 'member' });
    expect(payload.parameters.withdrawalNotice).toEqual({ months: 3 });
    expect(ZCharterRegistration.safeParse(payload).success).toBe(true);
  });

  it('leaves a missing basis empty so that the contract names the field', () => {
    const result = ZCharterRegistration.safeParse(registrationPayload({ ...registrationFormValues(undefined), text: '第一条 名称' }));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['charterTitle', 'effectiveOn', 'adoptionBasis']),
    );
  });
});
