import { describe, expect, it } from 'vitest';
import { roleChoices } from './role-options';

describe('roles offered for assignment', () => {
  it('groups roles by what they apply to, business roles first and the three administrators last', () => {
    const groups = roleChoices([]);
    expect(groups.map((entry) => entry.group)).toEqual(['org', 'body', 'system', 'admin']);
    expect(groups.find((entry) => entry.group === 'body')?.choices.map((choice) => choice.role)).toEqual(['body_secretariat']);
    expect(groups.find((entry) => entry.group === 'admin')?.choices.map((choice) => choice.role)).toEqual([
      'platform_admin',
      'security_admin',
      'audit_admin',
    ]);
    expect(groups.flatMap((entry) => entry.choices).every((choice) => choice.clashesWith === null)).toBe(true);
  });

  it('marks the other administrator roles for someone who already is the audit administrator', () => {
    const admin = roleChoices([{ role: 'audit_admin' }]).find((entry) => entry.group === 'admin')!;
    expect(admin.choices).toEqual([
      { role: 'platform_admin', clashesWith: 'audit_admin' },
      { role: 'security_admin', clashesWith: 'audit_admin' },
      { role: 'audit_admin', clashesWith: null },
    ]);
  });
});
