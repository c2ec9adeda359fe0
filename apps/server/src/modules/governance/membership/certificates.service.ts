/**
 * 《联盟成员证书》 (章程第十九条(二)): issued by the secretariat when the meeting admits a unit, numbered per body;
 * a founding unit (a member by right) may be issued one on request. A unit holds at most one valid certificate.
 */
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { postgresErrorCode } from '../../../kernel/db/unavailable.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { findActiveMember, requireBody } from '../../bodies/index.js';
import { findOrgById } from '../../organizations/index.js';
import { noticeCertificateIssued } from '../messages/governance-messages.js';
import * as repo from './membership.repository.js';
import { presentCertificate } from './membership.present.js';
import { certificateNumber } from './membership.rules.js';

export const CERTIFICATE_ENTITY = bilingual('成员证书', 'membership certificate');

export async function issueCertificate(
  tx: Executor,
  actor: Actor,
  issue: { bodyId: string; orgId: string; issuedOn: string; applicationId: string | null },
) {
  const body = await requireBody(tx, issue.bodyId);
  const serial = await repo.nextCertificateSerial(tx, issue.bodyId);
  const number = certificateNumber(body.shortName, issue.issuedOn, serial);
  const row = await repo.insertCertificate(tx, { ...issue, serial, number });
  await recordAudit(tx, actor, {
    action: 'governance.certificate.issue',
    entityType: 'body',
    entityId: issue.bodyId,
    details: { certificateId: row.id, orgId: issue.orgId, number, issuedOn: issue.issuedOn },
  });
  await noticeCertificateIssued(tx, actor, row);
  return row;
}

/** 章程第十九条: 共同发起单位为当然会员 — their certificate needs no vote. */
export async function issueFoundingCertificate(db: Executor, actor: Actor, bodyId: string, orgId: string, today: string) {
  const org = await findOrgById(db, orgId);
  const member = await findActiveMember(db, bodyId, orgId);
  if (!org || !member?.isFounding) throw new DomainError('CERTIFICATE_NOT_FOUNDING', { org: org?.name ?? orgId });
  const held = await repo.findValidCertificate(db, bodyId, orgId);
  if (held) throw new DomainError('CERTIFICATE_EXISTS', { org: org.name, number: held.number });
  try {
    const row = await db.transaction((tx) => issueCertificate(tx, actor, { bodyId, orgId, issuedOn: today, applicationId: null }));
    return presentCertificate({ row, orgName: org.name });
  } catch (error) {
    if (postgresErrorCode(error) === '23505') {
      const again = await repo.findValidCertificate(db, bodyId, orgId);
      throw new DomainError('CERTIFICATE_EXISTS', { org: org.name, number: again?.number ?? '' });
    }
    throw error;
  }
}

export async function foundingUnitsAwaitingCertificate(db: Executor, bodyId: string) {
  return repo.foundingMembersWithoutCertificate(db, bodyId);
}

/**
 * Every current founding unit still without a certificate receives one at once, numbered in the body's member
 * order in one transaction (so the numbers follow on with no gap and no unit is left half-issued).
 */
export async function issueFoundingCertificates(db: Executor, actor: Actor, bodyId: string, today: string) {
  await requireBody(db, bodyId);
  try {
    return await db.transaction(async (tx) => {
      const waiting = await repo.foundingMembersWithoutCertificate(tx, bodyId);
      const issued = [];
      for (const unit of waiting) {
        const row = await issueCertificate(tx, actor, { bodyId, orgId: unit.id, issuedOn: today, applicationId: null });
        issued.push(presentCertificate({ row, orgName: unit.name }));
      }
      return issued;
    });
  } catch (error) {
    // Another issue of the same certificates got there first: the secretariat reloads and sees them.
    if (postgresErrorCode(error) === '23505') throw new DomainError('DUPLICATE_SUBMISSION');
    throw error;
  }
}

export async function requireCertificate(db: Executor, bodyId: string, certificateId: string) {
  const found = await repo.findCertificate(db, bodyId, certificateId);
  if (!found) throw notFound(CERTIFICATE_ENTITY);
  return found;
}

export async function listCertificates(db: Executor, filter: { bodyId?: string; orgId?: string }) {
  return (await repo.listCertificates(db, filter)).map((found) => ({ ...presentCertificate(found), bodyName: found.bodyName }));
}
