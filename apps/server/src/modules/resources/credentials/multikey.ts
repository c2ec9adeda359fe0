/**
 * Ed25519 public keys as Multikey (W3C Controlled Identifiers 1.0, §2.2.2): the multicodec prefix ed25519-pub
 * (0xed 0x01) before the 32 raw key bytes, base58btc-encoded with the multibase prefix `z`; and signatures as
 * base58btc multibase, as eddsa-jcs-2022 writes `proofValue`.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { base58 } from '@scure/base';

const ED25519_PUB = Uint8Array.of(0xed, 0x01);

export function encodeMultibase(bytes: Uint8Array): string {
  return `z${base58.encode(bytes)}`;
}

/** The bytes of a base58btc multibase string, or null when it is not one. */
export function decodeMultibase(value: unknown): Uint8Array | null {
  if (typeof value !== 'string' || !value.startsWith('z')) return null;
  try {
    return base58.decode(value.slice(1));
  } catch {
    return null;
  }
}

export function publicKeyMultibase(publicKey: KeyObject): string {
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  return encodeMultibase(Buffer.concat([ED25519_PUB, raw]));
}

export function publicKeyFromMultibase(multibase: string): KeyObject {
  const bytes = decodeMultibase(multibase);
  if (!bytes || bytes.length !== 34 || bytes[0] !== ED25519_PUB[0] || bytes[1] !== ED25519_PUB[1]) {
    throw new Error('not an Ed25519 Multikey');
  }
  const x = Buffer.from(bytes.subarray(2)).toString('base64url');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
}
