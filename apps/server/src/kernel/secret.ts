/**
 * SECRET_KEY, from which the keys of the platform are derived (e.g. the one that seals second-factor secrets).
 * Production must set it (shared by every instance); a development or demo start keeps a generated one in the
 * data directory so restarts keep working.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from './config.js';

export function resolveSecretKey(config: AppConfig): string {
  if (config.secretKey) return config.secretKey;
  const file = path.join(config.database.dataDir, 'secret.key');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(config.database.dataDir, { recursive: true });
  const key = randomBytes(32).toString('hex');
  fs.writeFileSync(file, key, { mode: 0o600 });
  return key;
}

/** Salt of every derivation: fixed, as RFC 5869 allows, so every instance derives the same keys. */
const DERIVATION_SALT = 'chanjiao 产教协同平台';

/**
 * A 256-bit key for one purpose (HKDF-SHA-256, RFC 5869, with the purpose as its info): keys derived for
 * different purposes are unrelated, so no use of one can weaken another, and SECRET_KEY itself is never used
 * as a key. Purposes are short stable labels such as `totp-secret`.
 */
export function deriveKey(secretKey: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, DERIVATION_SALT, `chanjiao/${purpose}`, 32));
}
