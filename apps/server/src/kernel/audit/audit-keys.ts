/**
 * The audit log's two keys, derived from SECRET_KEY and kept only in this process (never in the database):
 * the HMAC key of the hash chain, so that someone who can write rows but does not know SECRET_KEY cannot
 * append or rewrite an entry whose hash verifies; and the Ed25519 key that signs checkpoints, whose public
 * half an auditor keeps to check them without any secret.
 *
 * `recordAudit(tx, actor, event)` is called from every module with only a transaction, so the keys are the
 * process's: one process serves one SECRET_KEY (every instance shares it), installed at start by
 * `bootstrap`, `buildApp` and the CLI.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { OperationError } from '../db/operation-error.js';
import { deriveKey } from '../secret.js';

export interface AuditKeys {
  chainKey: Buffer;
  signingKey: KeyObject;
  publicKey: KeyObject;
}

// PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410): node:crypto takes private keys in this form.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

let installed: { secretKey: string; keys: AuditKeys } | null = null;

export function deriveAuditKeys(secretKey: string): AuditKeys {
  const seed = deriveKey(secretKey, 'audit-checkpoint-ed25519');
  const signingKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  return { chainKey: deriveKey(secretKey, 'audit-chain-hmac'), signingKey, publicKey: createPublicKey(signingKey) };
}

export function installAuditKeys(secretKey: string): AuditKeys {
  if (installed?.secretKey !== secretKey) installed = { secretKey, keys: deriveAuditKeys(secretKey) };
  return installed.keys;
}

export function auditKeys(): AuditKeys {
  if (!installed) {
    throw new OperationError(
      'AUDIT_KEYS_MISSING',
      '审计日志的密钥尚未由 SECRET_KEY 派生：请通过 bootstrap、buildApp 或命令行启动后再写入审计记录。',
      'The audit log’s keys have not been derived from SECRET_KEY: start through bootstrap, buildApp or the CLI before writing audit entries.',
    );
  }
  return installed.keys;
}

/** The public key in PEM (SPKI), as `chanjiao audit public-key` prints it for the auditor. */
export function publicKeyPem(keys: AuditKeys): string {
  return keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
}
