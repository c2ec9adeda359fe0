/**
 * Data Integrity proofs with the cryptosuite eddsa-jcs-2022 (W3C Data Integrity EdDSA Cryptosuites v1.0, §3.3):
 * the document and the proof options are each canonicalised by the JSON Canonicalization Scheme (RFC 8785, the
 * `canonicalize` library), hashed with SHA-256, and the two hashes (options first) are signed with Ed25519.
 */
import { createHash, type KeyObject, sign, verify } from 'node:crypto';
import canonicalize from 'canonicalize';
import { decodeMultibase, encodeMultibase } from './multikey.js';

export const CRYPTOSUITE = 'eddsa-jcs-2022';

type Json = Record<string, unknown>;

export interface ProofOptions {
  verificationMethod: string;
  /** An XML Schema dateTime, e.g. 2027-01-15T02:00:00Z. */
  created: string;
}

/** RFC 8785 canonical JSON text; a value JSON cannot carry (undefined, a function) is a programming error. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('the value has no JSON form');
  return text;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function hashData(document: Json, proofConfig: Json): Buffer {
  const digest = (value: Json) => createHash('sha256').update(canonicalJson(value), 'utf8').digest();
  return Buffer.concat([digest(proofConfig), digest(document)]);
}

/** The document with a DataIntegrityProof signed by `privateKey` for `assertionMethod`. */
export function addProof<T extends Json>(document: T, privateKey: KeyObject, options: ProofOptions): T & { proof: Json } {
  const proofConfig: Json = {
    type: 'DataIntegrityProof',
    cryptosuite: CRYPTOSUITE,
    created: options.created,
    verificationMethod: options.verificationMethod,
    proofPurpose: 'assertionMethod',
    ...(document['@context'] === undefined ? {} : { '@context': document['@context'] }),
  };
  const signature = sign(null, hashData(document, proofConfig), privateKey);
  return { ...document, proof: { ...proofConfig, proofValue: encodeMultibase(signature) } };
}

export type ProofCheck = { ok: true } | { ok: false; problem: 'malformed' | 'signature' };

/** The parts of a secured document a verifier needs, or null when it carries no proof of this cryptosuite. */
export function readProof(secured: Json): { document: Json; proof: Json; verificationMethod: string; signature: Uint8Array } | null {
  const { proof, ...document } = secured;
  if (!proof || typeof proof !== 'object' || Array.isArray(proof)) return null;
  const p = proof as Json;
  const signature = decodeMultibase(p.proofValue);
  const wellFormed =
    p.type === 'DataIntegrityProof' &&
    p.cryptosuite === CRYPTOSUITE &&
    p.proofPurpose === 'assertionMethod' &&
    typeof p.verificationMethod === 'string' &&
    signature !== null &&
    signature.length === 64;
  return wellFormed ? { document, proof: p, verificationMethod: p.verificationMethod as string, signature: signature! } : null;
}

/** Verifies the proof of `secured` with `publicKey` (the key its verificationMethod names, resolved by the caller). */
export function checkProof(secured: Json, publicKey: KeyObject): ProofCheck {
  const read = readProof(secured);
  if (!read) return { ok: false, problem: 'malformed' };
  const { proofValue: _signature, ...proofConfig } = read.proof;
  // The proof's context must be the document's (the suite's "@context" check), else the signed options differ.
  if (proofConfig['@context'] !== undefined && canonicalJson(proofConfig['@context']) !== canonicalJson(read.document['@context'])) {
    return { ok: false, problem: 'signature' };
  }
  const good = verify(null, hashData(read.document, proofConfig), publicKey, read.signature);
  return good ? { ok: true } : { ok: false, problem: 'signature' };
}
