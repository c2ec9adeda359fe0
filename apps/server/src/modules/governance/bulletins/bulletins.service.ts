/**
 * Bulletins (附件3 四; 简报第1期): a member unit drafts a 简讯 and submits it; the secretariat edits it, numbers
 * it (第N期) and publishes it. Every change is audited with the state it moved to.
 */
import type { TBulletin, TBulletinDraftInput, TBulletinPublishInput, TBulletinQuarterTable, TBulletinUpdate } from '@chanjiao/contracts';
import { BULLETIN_STATUS_LABELS } from '@chanjiao/contracts';
import { type Actor, changedFields, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { postgresErrorCode } from '../../../kernel/db/unavailable.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import type { Grant } from '../../../kernel/rbac/rbac.rules.js';
import { findActiveMember, requireBody } from '../../bodies/index.js';
import { findOrgById } from '../../organizations/index.js';
import { nextIssueNumber } from './bulletin-issues.rules.js';
import { bulletinCompliance, quartersBetween } from './bulletins.rules.js';
import { charterParametersOf } from '../charter/charter-parameters.js';
import { shanghaiDate, shanghaiDayStart } from '../../../kernel/time/shanghai.js';
import { bulletinAbilities, bulletinVisibility, mayRead } from './bulletins.policy.js';
import { noticeBulletinPublished } from '../messages/governance-messages.js';
import * as repo from './bulletins.repository.js';

export const BULLETIN_ENTITY = bilingual('简讯', 'bulletin');
const ACTIONS = {
  edit: bilingual('修改', 'edited'),
  submit: bilingual('报送', 'submitted'),
  publish: bilingual('发布', 'published'),
};

/** What a bulletin says, as printed on it: shared by the members' view and the public page. */
export function bulletinText(row: repo.BulletinListRow) {
  return {
    issueNumber: row.issueNumber,
    subject: row.subject,
    headline: row.headline,
    eventOn: row.eventOn,
    content: row.content,
    keywords: row.keywords,
    reportTo: row.reportTo,
    copyTo: row.copyTo,
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    draftedBy: row.draftedBy,
    reviewedBy: row.reviewedBy,
  };
}

export function presentBulletin(row: repo.BulletinListRow, grants: Grant[]): TBulletin {
  return {
    id: row.id,
    bodyId: row.bodyId,
    bodyName: row.bodyName,
    org: { id: row.orgId, name: row.orgName },
    status: row.status as TBulletin['status'],
    ...bulletinText(row),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    viewCount: row.viewCount,
    shareCount: row.shareCount,
    version: row.version,
    abilities: bulletinAbilities(grants, row),
  };
}

/** The bulletin of this body, if the user may see it; otherwise it does not exist for them. */
export async function requireVisibleBulletin(db: Executor, grants: Grant[], bodyId: string, bulletinId: string) {
  const row = await repo.findBulletin(db, bulletinId);
  if (!row || row.bodyId !== bodyId || !mayRead(grants, row)) throw notFound(BULLETIN_ENTITY);
  return row;
}

/** The record scope of a route on an existing bulletin: its body and drafting unit. */
export async function bulletinScope(db: Executor, bodyId: string, bulletinId: string) {
  const row = await repo.findBulletin(db, bulletinId);
  if (!row || row.bodyId !== bodyId) throw notFound(BULLETIN_ENTITY);
  return { bodyId, orgId: row.orgId };
}

function refuseState(row: repo.BulletinRow, action: keyof typeof ACTIONS): never {
  throw new DomainError('BULLETIN_STATE', { status: BULLETIN_STATUS_LABELS[row.status as TBulletin['status']], action: ACTIONS[action] });
}

async function reload(db: Executor, id: string, grants: Grant[]) {
  return presentBulletin((await repo.findBulletin(db, id))!, grants);
}

export async function listBulletins(db: Executor, grants: Grant[], bodyId: string, status?: string) {
  await requireBody(db, bodyId);
  const rows = await repo.listVisibleBulletins(db, bodyId, bulletinVisibility(grants, bodyId), status);
  return { items: rows.map((row) => presentBulletin(row, grants)) };
}

export async function draftBulletin(db: Executor, actor: Actor, grants: Grant[], bodyId: string, input: TBulletinDraftInput) {
  await requireBody(db, bodyId);
  if (!(await findActiveMember(db, bodyId, input.orgId))) {
    const org = await findOrgById(db, input.orgId);
    throw new DomainError('BULLETIN_ORG_NOT_MEMBER', { org: org?.name ?? input.orgId });
  }
  const created = await db.transaction(async (tx) => {
    const row = await repo.insertBulletin(tx, {
      bodyId,
      orgId: input.orgId,
      authorUserId: actor.userId,
      subject: input.subject,
      headline: input.headline ?? null,
      eventOn: input.eventOn ?? null,
      content: input.content,
      keywords: input.keywords,
      draftedBy: input.draftedBy ?? null,
    });
    await recordAudit(tx, actor, {
      action: 'bulletin.draft',
      entityType: 'bulletin',
      entityId: row.id,
      details: { bodyId, orgId: input.orgId, subject: input.subject },
    });
    return row;
  });
  return reload(db, created.id, grants);
}

export async function updateBulletin(
  db: Executor,
  actor: Actor,
  grants: Grant[],
  bodyId: string,
  bulletinId: string,
  input: TBulletinUpdate,
) {
  const current = await requireVisibleBulletin(db, grants, bodyId, bulletinId);
  if (!bulletinAbilities(grants, current).edit) refuseState(current, 'edit');
  if (current.version !== input.version) throw new DomainError('VERSION_CONFLICT', { current: current.version });
  const { version, ...changes } = input;
  await db.transaction(async (tx) => {
    const row = await repo.updateBulletinAtVersion(tx, bulletinId, { version, status: current.status }, changes);
    if (!row) throw new DomainError('VERSION_CONFLICT', { current: (await repo.findBulletin(tx, bulletinId))?.version ?? '?' });
    await recordAudit(tx, actor, {
      action: 'bulletin.update',
      entityType: 'bulletin',
      entityId: bulletinId,
      details: { bodyId, changes: Object.keys(changedFields(current as unknown as Record<string, unknown>, changes)) },
    });
  });
  return reload(db, bulletinId, grants);
}

export async function submitBulletin(
  db: Executor,
  actor: Actor,
  grants: Grant[],
  bodyId: string,
  bulletinId: string,
  input: { version: number },
  now: Date,
) {
  const current = await requireVisibleBulletin(db, grants, bodyId, bulletinId);
  if (!bulletinAbilities(grants, current).submit) refuseState(current, 'submit');
  await db.transaction(async (tx) => {
    const row = await repo.updateBulletinAtVersion(
      tx,
      bulletinId,
      { version: input.version, status: 'draft' },
      { status: 'submitted', submittedAt: now, submittedOn: shanghaiDate(now) },
    );
    if (!row) throw new DomainError('VERSION_CONFLICT', { current: (await repo.findBulletin(tx, bulletinId))?.version ?? '?' });
    await recordAudit(tx, actor, {
      action: 'bulletin.submit',
      entityType: 'bulletin',
      entityId: bulletinId,
      details: { bodyId, orgId: row.orgId },
    });
  });
  return reload(db, bulletinId, grants);
}

/** Numbers and publishes; two publications at once cannot take the same number (unique index), so retry. */
export async function publishBulletin(
  db: Executor,
  actor: Actor,
  grants: Grant[],
  bodyId: string,
  bulletinId: string,
  input: TBulletinPublishInput,
  now: Date,
) {
  const current = await requireVisibleBulletin(db, grants, bodyId, bulletinId);
  if (!bulletinAbilities(grants, current).publish) refuseState(current, 'publish');
  for (let attempt = 1; ; attempt++) {
    try {
      await db.transaction(async (tx) => {
        const highest = await repo.highestIssueNumber(tx, bodyId);
        const issueNumber = nextIssueNumber(highest === null ? [] : [highest]);
        const row = await repo.updateBulletinAtVersion(
          tx,
          bulletinId,
          { version: input.version, status: 'submitted' },
          { status: 'published', issueNumber, issuedOn: input.issuedOn, publishedAt: now },
        );
        if (!row) throw new DomainError('VERSION_CONFLICT', { current: (await repo.findBulletin(tx, bulletinId))?.version ?? '?' });
        await recordAudit(tx, actor, {
          action: 'bulletin.publish',
          entityType: 'bulletin',
          entityId: bulletinId,
          details: { bodyId, issueNumber, issuedOn: input.issuedOn },
        });
        await noticeBulletinPublished(tx, actor, { id: row.id, bodyId, issueNumber, subject: row.subject });
      });
      return reload(db, bulletinId, grants);
    } catch (error) {
      if (postgresErrorCode(error) !== '23505' || attempt >= 3) throw error;
    }
  }
}

/** 附件3 四(一)2: each member 1–2 简讯 a quarter, counted by the day it was submitted to the secretariat. */
export async function bulletinQuarterTable(db: Executor, bodyId: string, year: number, today: string): Promise<TBulletinQuarterTable> {
  await requireBody(db, bodyId);
  const quarters = quartersBetween(`${year}-01-01`, `${year}-12-31`);
  const [members, submissions, inForce] = await Promise.all([
    repo.listActiveMemberOrgs(db, bodyId),
    repo.listSubmissions(db, bodyId, quarters[0]!.startsOn, quarters.at(-1)!.endsOn),
    charterParametersOf(db, bodyId),
  ]);
  const compliance = bulletinCompliance(members, submissions, quarters, inForce.parameters, today);
  return {
    year,
    min: inForce.parameters.bulletinsPerQuarterMin,
    max: inForce.parameters.bulletinsPerQuarterMax,
    parameterSource: inForce.source,
    quarters: quarters.map((quarter) => quarter.key),
    rows: members.map((member) => ({
      org: { id: member.id, name: member.name },
      cells: compliance.filter((cell) => cell.orgId === member.id).map(({ quarter, count, status }) => ({ quarter, count, status })),
    })),
  };
}

/** An issue already published on paper (e.g. 《沿沪宁产业创新带职业院校联盟简报》第1期), recorded as it was printed. */
export async function recordPrintedIssue(
  db: Executor,
  actor: Actor,
  bodyId: string,
  issue: Omit<repo.BulletinInsert, 'bodyId' | 'status' | 'submittedOn' | 'publishedAt'> & { issueNumber: number; issuedOn: string },
) {
  return db.transaction(async (tx) => {
    const row = await repo.insertBulletin(tx, {
      ...issue,
      bodyId,
      status: 'published',
      submittedOn: issue.issuedOn,
      publishedAt: shanghaiDayStart(issue.issuedOn),
    });
    await recordAudit(tx, actor, {
      action: 'bulletin.record_printed',
      entityType: 'bulletin',
      entityId: row.id,
      details: { bodyId, issueNumber: issue.issueNumber, issuedOn: issue.issuedOn },
    });
    return row;
  });
}
