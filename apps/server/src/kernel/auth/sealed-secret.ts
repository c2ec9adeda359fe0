/**
 * Second-factor secrets are stored sealed: AES-256-GCM under a key derived from SECRET_KEY with HKDF for this
 * purpose alone (`totp-secret`), so the key that seals them is never the key used for anything else.
 * Format: `v2.<iv>.<tag>.<ciphertext>`, base64. Secrets sealed by earlier versions (`v1`: the key was a bare
 * SHA-256 of SECRET_KEY) are re-sealed once at start (reseal-secrets.ts).
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { deriveKey } from '../secret.js';

const PURPOSE = 'totp-secret';
const VERSION = 'v2';

function seal(plain: string, key: Buffer, version: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [version, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join('.');
}

function open(sealed: string, key: Buffer, version: string): string {
  const [found, iv, tag, body] = sealed.split('.');
  if (found !== version || !iv || !tag || !body) throw new Error(`not a ${version} sealed secret`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
}

export function sealSecret(plain: string, secretKey: string): string {
  return seal(plain, deriveKey(secretKey, PURPOSE), VERSION);
}

export function openSecret(sealed: string, secretKey: string): string {
  return open(sealed, deriveKey(secretKey, PURPOSE), VERSION);
}

/** Whether a stored value was sealed the earlier way and has to be re-sealed. */
export function isLegacySealed(sealed: string): boolean {
  return sealed.startsWith('v1.');
}

/** Opens a `v1` secret, whose key was the SHA-256 of SECRET_KEY; only to re-seal it. */
export function openLegacySecret(sealed: string, secretKey: string): string {
  return open(sealed, createHash('sha256').update(secretKey).digest(), 'v1');
}
