/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226) through the otpauth library: SHA-1, 30-second steps,
 * 6 digits — what every authenticator app reads from the QR code — accepting one step of clock drift either way.
 * The step a code belonged to is kept, so the same code cannot be used twice.
 */
import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Chanjiao 产教协同平台';
const PARAMETERS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
/** Steps of drift accepted on either side of the current one. */
const DRIFT_STEPS = 1;

function totpFor(secret: string, account = ''): TOTP {
  return new TOTP({ issuer: ISSUER, label: account, ...PARAMETERS, secret: Secret.fromBase32(secret) });
}

/** A new 160-bit secret (RFC 4226's recommended length), in base32 as authenticator apps take it. */
export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpStep(at: Date): number {
  return TOTP.counter({ period: PARAMETERS.period, timestamp: at.getTime() });
}

/** The code an authenticator shows at `at`. */
export function totpCode(secret: string, at: Date): string {
  return totpFor(secret).generate({ timestamp: at.getTime() });
}

/** The step the code belongs to, or null. `afterStep` refuses codes of steps already used (replays). */
export function verifyTotp(secret: string, code: string, at: Date, afterStep: number | null = null): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secret).validate({ token, timestamp: at.getTime(), window: DRIFT_STEPS });
  if (delta === null) return null;
  const step = totpStep(at) + delta;
  return afterStep !== null && step <= afterStep ? null : step;
}

export function otpauthUri(secret: string, account: string): string {
  return totpFor(secret, account).toString();
}
