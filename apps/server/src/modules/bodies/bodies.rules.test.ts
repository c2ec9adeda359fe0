import { describe, expect, it } from 'vitest';
import { isFoundingMember, leavesBeforeJoining } from './bodies.rules.js';

describe('章程第二十条: a member cannot leave before it joined', () => {
  it.each([
    ['2025-06-01', '2025-05-31', true],
    ['2025-06-01', '2025-06-01', false],
    ['2025-06-01', '2026-01-15', false],
    ['2025-12-31', '2025-01-01', true],
  ])('joined %s, left %s → refused: %s', (joinedOn, leftOn, refused) => {
    expect(leavesBeforeJoining(joinedOn, leftOn)).toBe(refused);
  });
});

describe('章程第十九条: founding units are members by right', () => {
  it.each([
    ['founding', undefined, true],
    ['member', undefined, false],
    ['lead_school', true, true],
    ['founding', false, false],
  ] as const)('role %s, stated %s → founding: %s', (role, stated, founding) => {
    expect(isFoundingMember(role, stated)).toBe(founding);
  });
});
