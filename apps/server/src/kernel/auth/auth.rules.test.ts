import { describe, expect, it } from 'vitest';
import { lockState, minutesUntil } from './lockout.rules.js';
import { passwordAcceptable } from './password.rules.js';
import { needsTouch, sessionState } from './session.rules.js';
import { hotp, verifyTotp } from './totp.js';

const t = (iso: string) => new Date(`2026-11-22T${iso}Z`);
const policy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

describe('lock-out after repeated failures (issue: 5 failures within 15 minutes → 15 minutes)', () => {
  it.each([
    ['4 failures never lock', ['10:00:00', '10:01:00', '10:02:00', '10:03:00'], '10:04:00', false],
    ['5 within 15 minutes lock', ['10:00:00', '10:01:00', '10:02:00', '10:03:00', '10:04:00'], '10:05:00', true],
    ['the lock lasts 15 minutes from the 5th failure', ['10:00:00', '10:01:00', '10:02:00', '10:03:00', '10:04:00'], '10:18:59', true],
    ['and ends at 15 minutes exactly', ['10:00:00', '10:01:00', '10:02:00', '10:03:00', '10:04:00'], '10:19:00', false],
    ['5 spread over more than 15 minutes do not lock', ['10:00:00', '10:05:00', '10:10:00', '10:14:00', '10:15:00'], '10:16:00', false],
    ['a later run inside a window locks', ['09:00:00', '10:00:00', '10:01:00', '10:02:00', '10:03:00', '10:04:00'], '10:10:00', true],
  ])('%s', (_name, failures, now, locked) => {
    expect(lockState(failures.map(t), t(now), policy).locked).toBe(locked);
  });

  it('tells how many minutes remain, rounding up', () => {
    expect(minutesUntil(t('10:19:00'), t('10:05:30'))).toBe(14);
    expect(minutesUntil(t('10:19:00'), t('10:18:59'))).toBe(1);
  });
});

describe('session timing (docs/sources.md 5.4: idle 30 min, absolute 12 h by default)', () => {
  const timing = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 };
  const session = (created: string, seen: string, revoked: string | null = null) => ({
    createdAt: t(created),
    lastSeenAt: t(seen),
    revokedAt: revoked ? t(revoked) : null,
  });
  it.each([
    ['active within both limits', session('08:00:00', '09:50:00'), '10:00:00', 'active'],
    ['idle for exactly 30 minutes expires', session('08:00:00', '09:30:00'), '10:00:00', 'idle_expired'],
    ['idle for 29:59 is still active', session('08:00:00', '09:30:01'), '10:00:00', 'active'],
    ['12 hours after sign-in expires even when busy', session('00:00:00', '11:59:00'), '12:00:00', 'absolute_expired'],
    ['a revoked session stays revoked', session('08:00:00', '09:59:00', '09:59:30'), '10:00:00', 'revoked'],
  ] as const)('%s', (_name, s, now, state) => {
    expect(sessionState(s, t(now), timing)).toBe(state);
  });

  it('touches the session at most once a minute', () => {
    expect(needsTouch(t('10:00:00'), t('10:00:59'))).toBe(false);
    expect(needsTouch(t('10:00:00'), t('10:01:00'))).toBe(true);
  });
});

describe('passwords', () => {
  it.each([
    ['Chanjiao2026', true],
    ['short1', false],
    ['onlyletters', false],
    ['1234567890', false],
    ['职业教育平台2026', true],
  ])('%s → %s', (password, ok) => expect(passwordAcceptable(password, 8)).toBe(ok));
});

describe('TOTP (RFC 6238 / RFC 4226 test vectors)', () => {
  // RFC 4226 Appendix D: secret "12345678901234567890" → base32 GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ.
  const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  it.each([
    [0, '755224'],
    [1, '287082'],
    [9, '520489'],
  ])('HOTP counter %i → %s', (counter, code) => expect(hotp(secret, counter)).toBe(code));

  it('accepts the current and adjacent steps and refuses replays', () => {
    const at = new Date(59_000); // RFC 6238 Appendix B: T = 59 s → step 1
    expect(verifyTotp(secret, '287082', at)).toBe(1);
    expect(verifyTotp(secret, '287082', at, 1)).toBeNull();
    expect(verifyTotp(secret, '000000', at)).toBeNull();
  });
});
