import { describe, expect, it } from 'vitest';
import { lockState, minutesUntil } from './lockout.rules.js';
import { basicPasswordProblem, describePasswordProblem, strengthProblem } from './password.rules.js';
import { needsTouch, sessionState } from './session.rules.js';
import { otpauthUri, totpCode, verifyTotp } from './totp.js';

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

describe('passwords (等保2.0 第三级 8.1.4.1 a) "身份鉴别信息具有复杂度要求"; OWASP ASVS 5.0 V6.2)', () => {
  const others = { minLength: 10, minStrength: 3 };
  const administrators = { minLength: 12, minStrength: 3 };
  it.each([
    ['Chanjiao2026', others, [], null],
    ['Chanjiao2026', administrators, ['admin', '系统管理员'], null],
    ['Chanjia2026', administrators, [], 'too_short'],
    ['Chanjia2026', others, [], null],
    ['short1', others, [], 'too_short'],
    ['onlyletters-here', others, [], 'letters_and_digits'],
    ['1234567890', others, [], 'letters_and_digits'],
    // Characters, not bytes: eleven code points.
    ['职业教育协同平台2026', others, [], null],
    ['wang.fang-2026', others, ['wang.fang', '王芳'], 'contains_name'],
    ['WANGFANG-2026x', others, ['wangfang'], 'contains_name'],
    ['6202-gnafgnaw!x', others, ['wangfang'], 'contains_name'],
    ['王芳的密码2026年', others, ['wang.fang', '王芳'], 'contains_name'],
    ['李雷的密码2026年', others, ['wang.fang', '王芳'], null],
    // Latin names shorter than three letters occur in too many words to count.
    ['Li-shui-2026q', others, ['li'], null],
  ] as const)('%s with %o and names %o → %s', (password, policy, names, kind) => {
    expect(basicPasswordProblem(password, policy, [...names])?.kind ?? null).toBe(kind);
  });

  it.each([
    [{ score: 3, common: true, personal: false }, null],
    [{ score: 2, common: true, personal: false }, 'common'],
    [{ score: 1, common: false, personal: true }, 'contains_name'],
    [{ score: 2, common: false, personal: false }, 'guessable'],
  ])('a strength estimate of %o → %s (at least score 3 required)', (strength, kind) => {
    expect(strengthProblem(strength, others)?.kind ?? null).toBe(kind);
  });

  it('says what is wrong in Chinese and in English', () => {
    expect(describePasswordProblem({ kind: 'too_short', min: 12 })).toEqual({
      'zh-CN': '长度至少 12 个字符',
      'en-US': 'it needs at least 12 characters',
    });
    expect(describePasswordProblem({ kind: 'common' })['zh-CN']).toContain('常用密码');
  });
});

describe('TOTP (RFC 6238 test vectors, six digits)', () => {
  // RFC 6238 Appendix B, SHA-1: secret "12345678901234567890" → base32 GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ; the
  // appendix prints eight digits, an authenticator shows their last six.
  const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ])('T = %i s → %s', (seconds, code) => expect(totpCode(secret, new Date(seconds * 1000))).toBe(code));

  it('accepts the current and adjacent steps and refuses replays', () => {
    const at = new Date(59_000); // T = 59 s → step 1
    expect(verifyTotp(secret, '287082', at)).toBe(1);
    expect(verifyTotp(secret, '287 082', new Date(89_000))).toBe(1);
    expect(verifyTotp(secret, '287082', new Date(119_000))).toBeNull();
    expect(verifyTotp(secret, '287082', at, 1)).toBeNull();
    expect(verifyTotp(secret, '000000', at)).toBeNull();
  });

  it('gives authenticator apps the parameters they need', () => {
    const uri = new URL(otpauthUri(secret, 'zhang.san'));
    expect(uri.protocol).toBe('otpauth:');
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({ secret, algorithm: 'SHA1', digits: '6', period: '30' });
    expect(decodeURIComponent(uri.pathname)).toContain('zhang.san');
  });
});
