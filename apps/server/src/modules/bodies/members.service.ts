/** Use cases of membership: a unit joins, leaves (the record stays, with dates and reasons), and is listed. */
import type {
  TBodyMember,
  TBodyMemberInput,
  TBodyMemberListQuery,
  TBodyMemberPage,
  TBodyMemberRemoval,
  TMemberUnit,
  TOrgMembership,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../kernel/audit/audit.service.js';
import type { Executor } from '../../kernel/db/database.js';
import { postgresErrorCode } from '../../kernel/db/unavailable.js';
import { bilingual, DomainError, notFound } from '../../kernel/errors.js';
import { findOrgById, ORG_ENTITY } from '../organizations/index.js';
import { regionFullNames } from '../reference/index.js';
import { requireBody } from './bodies.service.js';
import { isFoundingMember, leavesBeforeJoining } from './bodies.rules.js';
import { removeLiaisonsOfMember } from './liaisons.repository.js';
import * as repo from './members.repository.js';

export const MEMBER_ENTITY = bilingual('成员记录', 'membership record');

export function presentMember(row: repo.MemberListRow, names: Map<string, string>): TBodyMember {
  return {
    id: row.id,
    org: {
      id: row.orgId,
      name: row.orgName,
      type: row.orgType as TBodyMember['org']['type'],
      regionName: names.get(row.orgRegionCode) ?? null,
    },
    memberRole: row.memberRole as TBodyMember['memberRole'],
    isFounding: row.isFounding,
    joinedOn: row.joinedOn,
    joinReason: row.joinReason,
    leftOn: row.leftOn,
    leaveReason: row.leaveReason,
    liaisonCount: row.liaisonCount,
  };
}

async function alreadyMember(db: Executor, bodyId: string, orgId: string, orgName: string): Promise<DomainError | null> {
  const active = await repo.findActiveMember(db, bodyId, orgId);
  return active ? new DomainError('BODY_MEMBER_EXISTS', { org: orgName, since: active.joinedOn }) : null;
}

/**
 * Adds a unit to a body. A unit is a current member at most once; a second request racing the first is stopped
 * by the partial unique index and answered like the ordinary duplicate.
 */
export async function addMember(db: Executor, actor: Actor, bodyId: string, input: TBodyMemberInput): Promise<TBodyMember> {
  await requireBody(db, bodyId);
  const org = await findOrgById(db, input.orgId);
  if (!org) {
    throw new DomainError('VALIDATION_FAILED', {}, [
      {
        path: 'orgId',
        message: bilingual('『组织』不在组织名录中，请先登记该组织', '“Organisation” is not in the directory; register it first'),
      },
    ]);
  }
  const duplicate = await alreadyMember(db, bodyId, org.id, org.name);
  if (duplicate) throw duplicate;
  const memberRole = input.memberRole ?? 'member';
  let created: repo.MemberRow;
  try {
    created = await db.transaction(async (tx) => {
      const row = await repo.insertMember(tx, {
        bodyId,
        orgId: org.id,
        memberRole,
        isFounding: isFoundingMember(memberRole, input.isFounding),
        joinedOn: input.joinedOn,
        joinReason: input.reason,
      });
      await recordAudit(tx, actor, {
        action: 'body.member.add',
        entityType: 'body',
        entityId: bodyId,
        details: { memberId: row.id, orgId: org.id, orgName: org.name, memberRole, joinedOn: row.joinedOn, reason: input.reason },
      });
      return row;
    });
  } catch (error) {
    const raced = postgresErrorCode(error) === '23505' ? await alreadyMember(db, bodyId, org.id, org.name) : null;
    throw raced ?? error;
  }
  const row = await repo.findMemberListRow(db, created.id);
  return presentMember(row!, await regionFullNames(db));
}

/** Ends a membership (章程第二十条); the row keeps when and why, and the unit's liaisons for the body stand down. */
export async function removeMember(
  db: Executor,
  actor: Actor,
  bodyId: string,
  memberId: string,
  input: TBodyMemberRemoval,
): Promise<TBodyMember> {
  const member = await repo.findMemberListRow(db, memberId);
  if (!member || member.bodyId !== bodyId) throw notFound(MEMBER_ENTITY);
  if (member.leftOn) throw new DomainError('BODY_MEMBER_ALREADY_LEFT', { org: member.orgName, leftOn: member.leftOn });
  if (leavesBeforeJoining(member.joinedOn, input.leftOn)) {
    throw new DomainError('MEMBER_LEFT_BEFORE_JOINED', { leftOn: input.leftOn, joinedOn: member.joinedOn });
  }
  await db.transaction(async (tx) => {
    const ended = await repo.markMemberLeft(tx, memberId, { leftOn: input.leftOn, leaveReason: input.reason });
    if (!ended) {
      const latest = await repo.findMemberById(tx, memberId);
      throw new DomainError('BODY_MEMBER_ALREADY_LEFT', { org: member.orgName, leftOn: latest?.leftOn ?? input.leftOn });
    }
    const standDown = await removeLiaisonsOfMember(tx, bodyId, member.orgId);
    await recordAudit(tx, actor, {
      action: 'body.member.remove',
      entityType: 'body',
      entityId: bodyId,
      details: {
        memberId,
        orgId: member.orgId,
        orgName: member.orgName,
        leftOn: input.leftOn,
        reason: input.reason,
        liaisonsRemoved: standDown,
      },
    });
  });
  const row = await repo.findMemberListRow(db, memberId);
  return presentMember(row!, await regionFullNames(db));
}

/** The body is checked beside the list, not before it: an unknown body lists nothing, and then answers 404. */
export async function listBodyMembers(db: Executor, bodyId: string, query: TBodyMemberListQuery): Promise<TBodyMemberPage> {
  const [, { rows, total }, names] = await Promise.all([requireBody(db, bodyId), repo.listMembers(db, bodyId, query), regionFullNames(db)]);
  return { items: rows.map((row) => presentMember(row, names)), total, page: query.page, pageSize: query.pageSize };
}

/** All current member units of a body, for choosing one; the paged list is for reading the roster. */
export async function listBodyMemberUnits(db: Executor, bodyId: string): Promise<TMemberUnit[]> {
  const [, units] = await Promise.all([requireBody(db, bodyId), repo.listMemberUnits(db, bodyId)]);
  return units;
}

export async function listOrgMemberships(db: Executor, orgId: string): Promise<TOrgMembership[]> {
  if (!(await findOrgById(db, orgId))) throw notFound(ORG_ENTITY);
  const rows = await repo.listMembershipsOfOrg(db, orgId);
  return rows.map((row) => ({
    ...row,
    kind: row.kind as TOrgMembership['kind'],
    memberRole: row.memberRole as TOrgMembership['memberRole'],
  }));
}
