import { describe, expect, it } from 'vitest';
import { deciderProblem, dutyHistoryProblem, needsTwoPersons, statusAfter, transitionProblem } from './admin-requests.rules.js';

describe('needsTwoPersons — GB/T 22239-2019 8.1.4.2 d) 实现管理用户的权限分离', () => {
  it.each([
    ['role_grant', 'audit_admin', [], true],
    ['role_grant', 'security_admin', ['expert'], true],
    ['role_grant', 'expert', [], false],
    ['role_revoke', 'platform_admin', ['platform_admin'], true],
    ['role_revoke', 'org_admin', ['org_admin', 'security_admin'], false],
    ['account_disable', null, ['audit_admin'], true],
    ['account_disable', null, ['org_admin'], false],
    ['password_reset', null, ['security_admin'], true],
    ['password_reset', null, [], false],
    ['totp_reset', null, ['platform_admin'], true],
    ['totp_reset', null, ['expert', 'reviewer'], false],
  ] as const)('%s of %s for an account holding %j → %s', (kind, role, targetRoles, expected) => {
    expect(needsTwoPersons(kind, { role, targetRoles: [...targetRoles] })).toBe(expected);
  });
});

describe('deciderProblem — the request of one duty, the approval of another', () => {
  const request = { requestedBy: 'platform-1', requesterDuty: 'system', targetUserId: 'target-1' } as const;
  it.each([
    ['the security administrator', { userId: 'security-1', duties: ['security'] }, null],
    ['the audit administrator', { userId: 'audit-1', duties: ['audit'] }, null],
    ['the requester', { userId: 'platform-1', duties: ['system'] }, 'own_request'],
    ['another platform administrator', { userId: 'platform-2', duties: ['system'] }, 'same_duty'],
    ['the account the change is about', { userId: 'target-1', duties: ['security'] }, 'target'],
    ['a business user', { userId: 'someone', duties: [] }, 'not_administrator'],
  ] as const)('%s → %s', (_who, decider, expected) => {
    expect(deciderProblem(request, { userId: decider.userId, duties: [...decider.duties] })).toBe(expected);
  });
});

describe('transitionProblem — a request is decided once', () => {
  it.each([
    ['pending', 'approve', false, null],
    ['pending', 'reject', false, null],
    ['pending', 'cancel', true, null],
    ['pending', 'cancel', false, 'not_requester'],
    ['approved', 'approve', false, 'closed'],
    ['approved', 'cancel', true, 'closed'],
    ['rejected', 'approve', false, 'closed'],
    ['cancelled', 'reject', false, 'closed'],
  ] as const)('%s --%s (by requester: %s)--> %s', (status, action, byRequester, expected) => {
    expect(transitionProblem(status, action, byRequester)).toBe(expected);
  });

  it.each([
    ['approve', 'approved'],
    ['reject', 'rejected'],
    ['cancel', 'cancelled'],
  ] as const)('%s leaves it %s', (action, status) => expect(statusAfter(action)).toBe(status));
});

describe('dutyHistoryProblem — one person, one administrator duty, for life', () => {
  it.each([
    [null, 'audit_admin', null],
    ['system', 'platform_admin', null],
    ['system', 'audit_admin', { held: 'system', wanted: 'audit' }],
    ['audit', 'security_admin', { held: 'audit', wanted: 'security' }],
    ['security', 'expert', null],
  ] as const)('held %s, granting %s → %j', (held, role, expected) => {
    expect(dutyHistoryProblem(held, role)).toEqual(expected);
  });
});
