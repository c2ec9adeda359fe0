/**
 * Use cases of the signed learning record (docs/sources.md §9 R4): the home school issues a student's record as a
 * signed credential (audited), downloads it as PDF or JSON (audited: it is personal data) and withdraws it with a
 * reason; anyone checks a credential by upload or by its link.
 */
import { randomUUID } from 'node:crypto';
import type { TCredentialCheck, TIssuedCredential } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { renderPdf } from '../../../kernel/documents/index.js';
import { formatShanghai, shanghaiDate } from '../../../kernel/time/shanghai.js';
import { findBodyById } from '../../bodies/index.js';
import { learningRecord } from '../recognition/recognition.service.js';
import { activeSigningKey, publishedKey } from './credential-keys.js';
import { learningRecordBlocks } from './credentials.document.js';
import { addProof, canonicalJson, checkProof, readProof, sha256Hex } from './data-integrity.js';
import * as repo from './credentials.repository.js';
import {
  dateTimeStamp,
  didWebOf,
  issuableEntries,
  learningCredential,
  readCredential,
  splitVerificationMethod,
  verdict,
} from './credentials.rules.js';

export const CREDENTIAL_ENTITY = bilingual('学习记录', 'learning record');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Signing {
  secretKey: string;
  now: Date;
  /** Where the platform is reached (PUBLIC_URL, else the request's origin): the issuer's did:web. */
  origin: string;
}

export function verifyPath(id: string): string {
  return `/verify/credentials/${id}`;
}

function present(row: repo.CredentialRow): TIssuedCredential {
  const read = readCredential(row.credential);
  return {
    id: row.id,
    issuedAt: row.issuedAt.toISOString(),
    keyId: row.keyId,
    status: row.status as TIssuedCredential['status'],
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    withdrawReason: row.withdrawReason,
    courses: read?.summary.courses.length ?? 0,
    creditsRecognised: read?.summary.creditsRecognised ?? 0,
    verifyPath: verifyPath(row.id),
  };
}

/** Signs the student's record as it stands and keeps what was issued. */
export async function issueCredential(db: Executor, actor: Actor, signing: Signing, bodyId: string, studentId: string) {
  const record = await learningRecord(db, bodyId, studentId);
  const entries = issuableEntries(record.entries);
  if (!entries) throw new DomainError('RESOURCES_CREDENTIAL_EMPTY');
  const body = await findBodyById(db, bodyId);
  const key = await activeSigningKey(db, signing.secretKey, signing.now);
  const id = randomUUID();
  const issuerDid = didWebOf(signing.origin);
  const unsigned = learningCredential(record, entries, {
    id,
    issuerDid,
    bodyName: body?.name ?? '',
    validFrom: dateTimeStamp(signing.now),
  });
  const credential = addProof(unsigned, key.privateKey, {
    verificationMethod: `${issuerDid}#${key.id}`,
    created: dateTimeStamp(signing.now),
  });
  const row = await db.transaction(async (tx) => {
    const saved = await repo.insertCredential(tx, {
      id,
      bodyId,
      studentId,
      homeOrgId: record.student.home.id,
      keyId: key.id,
      credential,
      contentHash: sha256Hex(canonicalJson(unsigned)),
      issuedAt: signing.now,
      issuedBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'resources.credential.issue',
      entityType: 'learning_credential',
      entityId: id,
      details: { bodyId, studentId, keyId: key.id, courses: entries.length, credits: unsigned.credentialSubject.creditsEarned },
    });
    return saved;
  });
  return present(row);
}

export async function issuedCredentials(db: Executor, bodyId: string, studentId: string) {
  return { items: (await repo.credentialsOfStudent(db, bodyId, studentId)).map(present) };
}

/** A record of the body, for the route's scope (its home school) and the downloads. */
export async function requireCredential(db: Executor, bodyId: string, credentialId: string) {
  const row = await repo.findBodyCredential(db, bodyId, credentialId);
  if (!row) throw notFound(CREDENTIAL_ENTITY);
  return row;
}

function assertNotWithdrawn(row: repo.CredentialRow) {
  if (row.status === 'withdrawn') {
    throw new DomainError('RESOURCES_CREDENTIAL_WITHDRAWN', { at: formatShanghai(row.withdrawnAt!, 'minute') });
  }
}

/** The issued credential for a download in `format`; the read of the student's record is audited. */
export async function downloadCredential(db: Executor, actor: Actor, bodyId: string, credentialId: string, format: 'pdf' | 'json') {
  const row = await requireCredential(db, bodyId, credentialId);
  assertNotWithdrawn(row);
  await db.transaction((tx) =>
    recordAudit(tx, actor, {
      action: 'resources.credential.download',
      entityType: 'learning_credential',
      entityId: row.id,
      details: { bodyId, studentId: row.studentId, format },
    }),
  );
  return row;
}

/**
 * The record's PDF: the one kept from its first download, else rendered now (the verify link on `origin`) and kept, so a
 * record is always the same document however often it is downloaded.
 */
export async function credentialPdf(db: Executor, row: repo.CredentialRow, origin: string) {
  const read = readCredential(row.credential, { maskName: false })!;
  const filename = `学习记录-${read.summary.studentName}.pdf`;
  const kept = await repo.findPdf(db, row.id);
  if (kept) return { filename, content: kept };
  const body = await findBodyById(db, row.bodyId);
  const blocks = await learningRecordBlocks({
    summary: read.summary,
    bodyName: body?.name ?? '',
    credentialId: row.id,
    issuedOn: shanghaiDate(row.issuedAt),
    keyId: row.keyId,
    verifyUrl: `${origin}${verifyPath(row.id)}`,
  });
  const rendered = await renderPdf(blocks, {
    title: `跨校学习记录 ${read.summary.studentName}`,
    author: read.summary.school,
    pageNumbers: true,
  });
  // A concurrent first download may have kept its rendering first: hand out that one.
  const content = (await repo.keepPdf(db, row.id, rendered)) ? rendered : ((await repo.findPdf(db, row.id)) ?? rendered);
  return { filename, content };
}

export async function withdrawCredential(db: Executor, actor: Actor, now: Date, bodyId: string, credentialId: string, reason: string) {
  const row = await requireCredential(db, bodyId, credentialId);
  assertNotWithdrawn(row);
  return db.transaction(async (tx) => {
    const withdrawn = await repo.withdrawCredential(tx, row.id, now, reason);
    if (!withdrawn) throw new DomainError('RESOURCES_CREDENTIAL_WITHDRAWN', { at: formatShanghai(now, 'minute') });
    await recordAudit(tx, actor, {
      action: 'resources.credential.withdraw',
      entityType: 'learning_credential',
      entityId: row.id,
      details: { bodyId, studentId: row.studentId, reason },
    });
    return present(withdrawn);
  });
}

/** Checks any uploaded JSON: our shape and proof, a published key, the signature, the platform's record of it. */
export async function checkCredential(db: Executor, credential: Record<string, unknown>): Promise<TCredentialCheck> {
  const read = readCredential(credential);
  const proof = readProof(credential);
  const method = proof ? splitVerificationMethod(proof.verificationMethod) : null;
  const base = { keyId: method?.keyId ?? null, credentialId: read?.id ?? null };
  if (!read || !proof || !UUID.test(read.id)) {
    return answer(verdict({ ...base, wellFormed: false, keyKnown: false, signatureValid: false, record: null }), base, null);
  }
  const publicKey = method && method.did === read.issuerDid ? await publishedKey(db, method.keyId) : null;
  if (!publicKey) return answer(verdict({ ...base, wellFormed: true, keyKnown: false, signatureValid: false, record: null }), base, null);
  const signatureValid = checkProof(credential, publicKey).ok;
  const row = await repo.findCredential(db, read.id);
  const record = row
    ? {
        contentMatches: row.contentHash === sha256Hex(canonicalJson(proof.document)),
        withdrawn: row.status === 'withdrawn' ? { at: formatShanghai(row.withdrawnAt!, 'minute'), reason: row.withdrawReason ?? '' } : null,
      }
    : null;
  const found = verdict({ ...base, wellFormed: true, keyKnown: true, signatureValid, record });
  // The content is shown only as the platform signed it: for a valid or withdrawn record, never for a forged one.
  const trusted = found.valid || found.problem === 'withdrawn';
  return answer(found, base, trusted ? { read, row: row! } : null);
}

function answer(
  found: ReturnType<typeof verdict>,
  base: { keyId: string | null; credentialId: string | null },
  trusted: { read: NonNullable<ReturnType<typeof readCredential>>; row: repo.CredentialRow } | null,
): TCredentialCheck {
  const row = trusted?.row;
  return {
    ...found,
    credentialId: base.credentialId,
    issuedAt: row?.issuedAt.toISOString() ?? null,
    keyId: base.keyId,
    withdrawn: row?.withdrawnAt ? { at: row.withdrawnAt.toISOString(), reason: row.withdrawReason ?? '' } : null,
    summary: trusted?.read.summary ?? null,
  };
}

/** The check behind the link printed on the PDF: the credential as the platform issued it. */
export async function checkIssuedCredential(db: Executor, credentialId: string): Promise<TCredentialCheck> {
  const row = await repo.findCredential(db, credentialId);
  if (!row) throw notFound(CREDENTIAL_ENTITY);
  return checkCredential(db, row.credential);
}
