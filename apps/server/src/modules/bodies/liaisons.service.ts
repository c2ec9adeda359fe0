/**
 * Liaisons (联络员, 章程第十一条): each member unit names at least one for the body. Their phone and e-mail are
 * personal data: lists mask them, and revealing them is a read that is audited.
 */
import { maskEmail, maskPhone, type TLiaison, type TLiaisonInput, type TLiaisonList, type TLiaisonUpdate } from '@chanjiao/contracts';
import { type Actor, changedFields, recordAudit } from '../../kernel/audit/audit.service.js';
import type { Executor } from '../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../kernel/errors.js';
import type { RecordScope } from '../../kernel/rbac/rbac.rules.js';
import { findOrgById } from '../organizations/index.js';
import { requireBody } from './bodies.service.js';
import * as repo from './liaisons.repository.js';
import { findActiveMember } from './members.repository.js';

export const LIAISON_ENTITY = bilingual('联络员', 'liaison');

export function presentLiaison(row: repo.LiaisonListRow): Omit<TLiaison, 'abilities'> {
  return {
    id: row.id,
    orgId: row.orgId,
    orgName: row.orgName,
    name: row.name,
    title: row.title,
    phone: maskPhone(row.phone),
    email: maskEmail(row.email),
    version: row.version,
  };
}

/** The record scope of a liaison route: the body from the path, the organisation from the liaison itself. */
export async function liaisonScope(db: Executor, bodyId: string, liaisonId: string): Promise<RecordScope> {
  const liaison = await repo.findCurrentLiaison(db, liaisonId);
  return { bodyId, orgId: liaison && liaison.bodyId === bodyId ? liaison.orgId : null };
}

async function requireLiaison(db: Executor, bodyId: string, liaisonId: string): Promise<repo.LiaisonRow> {
  const liaison = await repo.findCurrentLiaison(db, liaisonId);
  if (!liaison || liaison.bodyId !== bodyId) throw notFound(LIAISON_ENTITY);
  return liaison;
}

async function withOrgName(db: Executor, row: repo.LiaisonRow): Promise<repo.LiaisonListRow> {
  const org = await findOrgById(db, row.orgId);
  return { ...row, orgName: org?.name ?? '' };
}

export async function listLiaisons(db: Executor, bodyId: string): Promise<TLiaisonList> {
  await requireBody(db, bodyId);
  const [liaisons, membersWithoutLiaison] = await Promise.all([
    repo.listCurrentLiaisons(db, bodyId),
    repo.activeMembersWithoutLiaison(db, bodyId),
  ]);
  return { liaisons: liaisons.map(presentLiaison), membersWithoutLiaison };
}

export async function createLiaison(db: Executor, actor: Actor, bodyId: string, input: TLiaisonInput) {
  await requireBody(db, bodyId);
  const org = await findOrgById(db, input.orgId);
  if (!org || !(await findActiveMember(db, bodyId, org.id))) {
    throw new DomainError('LIAISON_ORG_NOT_MEMBER', { org: org?.name ?? input.orgId });
  }
  const created = await db.transaction(async (tx) => {
    const row = await repo.insertLiaison(tx, {
      bodyId,
      orgId: org.id,
      name: input.name,
      title: input.title,
      phone: input.phone ?? null,
      email: input.email ?? null,
    });
    await recordAudit(tx, actor, {
      action: 'liaison.create',
      entityType: 'liaison',
      entityId: row.id,
      details: { bodyId, orgId: org.id, name: row.name },
    });
    return row;
  });
  return presentLiaison({ ...created, orgName: org.name });
}

export async function updateLiaison(db: Executor, actor: Actor, bodyId: string, liaisonId: string, input: TLiaisonUpdate) {
  const current = await requireLiaison(db, bodyId, liaisonId);
  if (current.version !== input.version) throw new DomainError('VERSION_CONFLICT', { current: current.version });
  const { version, ...changes } = input;
  const updated = await db.transaction(async (tx) => {
    const row = await repo.updateLiaisonAtVersion(tx, liaisonId, version, changes);
    if (!row) {
      const latest = await repo.findCurrentLiaison(tx, liaisonId);
      if (!latest) throw notFound(LIAISON_ENTITY);
      throw new DomainError('VERSION_CONFLICT', { current: latest.version });
    }
    // Contact details are personal data: the audit names which fields changed, not their values.
    const changed = Object.keys(changedFields(current as unknown as Record<string, unknown>, changes));
    await recordAudit(tx, actor, {
      action: 'liaison.update',
      entityType: 'liaison',
      entityId: liaisonId,
      details: { bodyId, orgId: row.orgId, changed },
    });
    return row;
  });
  return presentLiaison(await withOrgName(db, updated));
}

export async function removeLiaison(db: Executor, actor: Actor, bodyId: string, liaisonId: string) {
  const current = await requireLiaison(db, bodyId, liaisonId);
  await db.transaction(async (tx) => {
    const removed = await repo.markLiaisonRemoved(tx, liaisonId);
    if (!removed) throw notFound(LIAISON_ENTITY);
    await recordAudit(tx, actor, {
      action: 'liaison.remove',
      entityType: 'liaison',
      entityId: liaisonId,
      details: { bodyId, orgId: current.orgId, name: current.name },
    });
  });
  return { ok: true as const };
}

/** The full contact details, read in the same transaction that records who read them. */
export async function revealLiaison(db: Executor, actor: Actor, bodyId: string, liaisonId: string) {
  return db.transaction(async (tx) => {
    const liaison = await requireLiaison(tx, bodyId, liaisonId);
    await recordAudit(tx, actor, {
      action: 'liaison.reveal',
      entityType: 'liaison',
      entityId: liaisonId,
      details: { bodyId, orgId: liaison.orgId, fields: ['phone', 'email'] },
    });
    return { id: liaison.id, phone: liaison.phone, email: liaison.email };
  });
}
