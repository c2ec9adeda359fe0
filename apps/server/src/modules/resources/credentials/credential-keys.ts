/**
 * The platform's signing keys for learning records. A key is generated on the first issue (or a rotation) and kept
 * in the database, so that several stateless instances sign with one key; its private half is stored as PKCS#8
 * encrypted under a passphrase derived from SECRET_KEY for this purpose alone (kernel/secret.ts), which every instance
 * shares. Rotating retires the active key and makes a new one; retired keys stay published for verification.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { deriveKey } from '../../../kernel/secret.js';
import { shanghaiDate } from '../../../kernel/time/shanghai.js';
import * as repo from './credential-keys.repository.js';
import { publicKeyFromMultibase, publicKeyMultibase } from './multikey.js';

const PURPOSE = 'credential-signing-key';

export interface SigningKey {
  id: string;
  privateKey: KeyObject;
}

/** Decrypting PKCS#8 costs a key derivation; a process keeps the keys it opened (by id: a key never changes). */
const opened = new Map<string, KeyObject>();

function passphrase(secretKey: string): string {
  return deriveKey(secretKey, PURPOSE).toString('hex');
}

function newKeyValues(secretKey: string, now: Date) {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    id: `key-${shanghaiDate(now).replaceAll('-', '')}-${randomBytes(3).toString('hex')}`,
    publicKeyMultibase: publicKeyMultibase(publicKey),
    encryptedPrivateKey: privateKey
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: passphrase(secretKey) })
      .toString(),
    createdAt: now,
  };
}

function open(row: repo.SigningKeyRow, secretKey: string): SigningKey {
  let privateKey = opened.get(row.id);
  if (!privateKey) {
    privateKey = createPrivateKey({ key: row.encryptedPrivateKey, format: 'pem', passphrase: passphrase(secretKey) });
    // A key that does not open to its published public half would sign what nobody can verify.
    if (publicKeyMultibase(createPublicKey(privateKey)) !== row.publicKeyMultibase) throw new Error(`signing key ${row.id} is damaged`);
    opened.set(row.id, privateKey);
  }
  return { id: row.id, privateKey };
}

/** The active key, made on first use; two instances making it at once keep the first one inserted. */
export async function activeSigningKey(db: Executor, secretKey: string, now: Date): Promise<SigningKey> {
  const found = await repo.findActiveKey(db);
  if (found) return open(found, secretKey);
  await repo.insertActiveKey(db, newKeyValues(secretKey, now));
  const active = await repo.findActiveKey(db);
  return open(active!, secretKey);
}

/** Retires the active key and makes a new one, audited; returns the new key's id. */
export async function rotateSigningKey(db: Executor, actor: Actor, secretKey: string, now: Date): Promise<string> {
  return db.transaction(async (tx) => {
    const current = await repo.findActiveKey(tx);
    if (current) await repo.retireKey(tx, current.id, now);
    const values = newKeyValues(secretKey, now);
    await repo.insertActiveKey(tx, values);
    await recordAudit(tx, actor, {
      action: 'resources.credential_key.rotate',
      entityType: 'credential_signing_key',
      entityId: null,
      details: { retired: current?.id ?? null, created: values.id },
    });
    return values.id;
  });
}

/** The public half of a published key by its id, or null for a key the platform never had. */
export async function publishedKey(db: Executor, id: string): Promise<KeyObject | null> {
  const row = await repo.findKey(db, id);
  return row ? publicKeyFromMultibase(row.publicKeyMultibase) : null;
}

export async function publishedKeys(db: Executor) {
  return repo.listKeys(db);
}
