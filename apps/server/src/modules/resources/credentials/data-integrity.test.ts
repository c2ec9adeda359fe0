import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addProof, canonicalJson, checkProof } from './data-integrity.js';
import { decodeMultibase, publicKeyFromMultibase, publicKeyMultibase } from './multikey.js';

// The example of W3C Data Integrity EdDSA Cryptosuites v1.0, Appendix "Representation: eddsa-jcs-2022": its key pair
// (Multikey ed25519-pub / ed25519-priv) and the Alumni Credential it signs, with the proofValue it publishes.
const SPEC_KEY = {
  publicKeyMultibase: 'z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2',
  privateKeyMultibase: 'z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq',
};
const SPEC_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'];
const SPEC_UNSIGNED = {
  '@context': SPEC_CONTEXT,
  id: 'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33',
  type: ['VerifiableCredential', 'AlumniCredential'],
  name: 'Alumni Credential',
  description: 'A minimum viable example of an Alumni Credential.',
  issuer: 'https://vc.example/issuers/5678',
  validFrom: '2023-01-01T00:00:00Z',
  credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'The School of Examples' },
};
const SPEC_PROOF = {
  type: 'DataIntegrityProof',
  cryptosuite: 'eddsa-jcs-2022',
  created: '2023-02-24T23:36:38Z',
  verificationMethod: 'https://vc.example/issuers/5678#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2',
  proofPurpose: 'assertionMethod',
  '@context': SPEC_CONTEXT,
  proofValue: 'z63t83Y53KfzJ5ZosfKTnqfMcKB2dmTrfjSaQjeNNjAD5srBowQfmWqeRb8rRjmeEuCBEsddF9LsVogtuTsijJKh4',
};

/** The spec's secret key: ed25519-priv (0x80 0x26) before the 32-byte seed. */
function specPrivateKey() {
  const seed = decodeMultibase(SPEC_KEY.privateKeyMultibase)!.subarray(2);
  const x = publicKeyFromMultibase(SPEC_KEY.publicKeyMultibase).export({ format: 'jwk' }).x!;
  return createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: Buffer.from(seed).toString('base64url'), x }, format: 'jwk' });
}

describe('eddsa-jcs-2022 against the specification’s example', () => {
  it('verifies the published Alumni Credential', () => {
    expect(checkProof({ ...SPEC_UNSIGNED, proof: SPEC_PROOF }, publicKeyFromMultibase(SPEC_KEY.publicKeyMultibase))).toEqual({ ok: true });
  });

  it('signs it to the same proofValue (Ed25519 is deterministic)', () => {
    const signed = addProof(SPEC_UNSIGNED, specPrivateKey(), {
      verificationMethod: SPEC_PROOF.verificationMethod,
      created: SPEC_PROOF.created,
    });
    expect(signed.proof).toEqual(SPEC_PROOF);
  });

  it('round-trips the Multikey of the public key', () => {
    expect(publicKeyMultibase(publicKeyFromMultibase(SPEC_KEY.publicKeyMultibase))).toBe(SPEC_KEY.publicKeyMultibase);
  });
});

describe('signing and verifying a learning record', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const options = { verificationMethod: 'did:web:chanjiao.example#key-1', created: '2027-01-15T02:00:00Z' };
  const record = { '@context': SPEC_CONTEXT, id: 'urn:uuid:1', credentialSubject: { name: '陈思远', creditsEarned: 3 } };

  it('verifies what it signed, also after a JSON round trip with the keys reordered', () => {
    const signed = addProof(record, privateKey, options);
    const reordered = JSON.parse(
      JSON.stringify({
        proof: signed.proof,
        credentialSubject: { creditsEarned: 3, name: '陈思远' },
        id: 'urn:uuid:1',
        '@context': SPEC_CONTEXT,
      }),
    );
    expect(checkProof(signed, publicKey)).toEqual({ ok: true });
    expect(checkProof(reordered, publicKey)).toEqual({ ok: true });
  });

  it.each([
    ['a changed credit', (s: Record<string, unknown>) => ({ ...s, credentialSubject: { name: '陈思远', creditsEarned: 30 } })],
    [
      'a changed proof date',
      (s: Record<string, unknown>) => ({ ...s, proof: { ...(s.proof as object), created: '2028-01-01T00:00:00Z' } }),
    ],
    ['another context', (s: Record<string, unknown>) => ({ ...s, '@context': ['https://www.w3.org/ns/credentials/v2'] })],
  ])('fails on %s', (_name, tamper) => {
    expect(checkProof(tamper(addProof(record, privateKey, options)), publicKey)).toEqual({ ok: false, problem: 'signature' });
  });

  it('fails with another key', () => {
    const other = generateKeyPairSync('ed25519').publicKey;
    expect(checkProof(addProof(record, privateKey, options), other)).toEqual({ ok: false, problem: 'signature' });
  });

  it.each([
    ['no proof', { ...record }],
    ['another cryptosuite', { ...record, proof: { ...SPEC_PROOF, cryptosuite: 'eddsa-rdfc-2022' } }],
    ['a proofValue that is not base58btc', { ...record, proof: { ...SPEC_PROOF, proofValue: 'u0OIl' } }],
  ])('calls a document with %s malformed', (_name, document) => {
    expect(checkProof(document, publicKey)).toEqual({ ok: false, problem: 'malformed' });
  });
});

// RFC 8785 (JSON Canonicalization Scheme) §3.2.2 numbers and strings, §3.2.3 property sorting by UTF-16 code units.
describe('canonical JSON (RFC 8785)', () => {
  it.each([
    [
      'numbers in ECMAScript form',
      [Number('333333333.33333329'), 1e30, 4.5, 2e-3, 0.000000000000000000000000001],
      '[333333333.3333333,1e+30,4.5,0.002,1e-27]',
    ],
    ['strings with control characters escaped, others as they are', ['€$\u000f\nA\'B"\\\\"/'], '["€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"]'],
    ['literals', [null, true, false], '[null,true,false]'],
    [
      'properties sorted by UTF-16 code units',
      {
        '\u20ac': 'Euro Sign',
        '\r': 'Carriage Return',
        '\ufb33': 'Hebrew Letter Dalet With Dagesh',
        '1': 'One',
        '\ud83d\ude00': 'Emoji: Grinning Face',
        '\u0080': 'Control',
        '\u00f6': 'Latin Small Letter O With Diaeresis',
      },
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    ],
  ])('%s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('gives one text whatever order the properties came in', () => {
    const a = { 学校: '南京浦口中等专业学校', result: [{ value: '86', status: 'Completed' }], creditsEarned: 3 };
    const b = { creditsEarned: 3, result: [{ status: 'Completed', value: '86' }], 学校: '南京浦口中等专业学校' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"creditsEarned":3,"result":[{"status":"Completed","value":"86"}],"学校":"南京浦口中等专业学校"}');
  });
});
