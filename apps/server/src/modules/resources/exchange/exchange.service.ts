/**
 * Use cases of the teacher and vocational-experience exchange (倡议书 三: 师资互派、职业体验互动; docs/sources.md §9 R5): a member unit
 * publishes offers, requests and activities; it sees the other members' posts that match its own, with the reasons;
 * the two units record an agreement, its completion and their evaluations; the totals per unit and year are counted.
 */
import {
  AGREEMENT_STATUSES,
  type AgreementStatus,
  type TAgreement,
  type TAgreementCompletion,
  type TAgreementEvaluation,
  type TAgreementInput,
  type TExchangeBoardQuery,
  type TExchangePostInput,
  type TExchangeTotals,
  type TMyExchangePosts,
} from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { type Grant, isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { currentMembers } from '../access/access.repository.js';
import { requireMember, requireSearcher } from '../access/access.service.js';
import * as repo from './exchange.repository.js';
import { agreementState, namesFor, presentAgreement, presentPost, sideOf } from './exchange.present.js';
import {
  type AgreementAction,
  agreementAfter,
  COUNTERPART_KIND,
  evaluatingSide,
  exchangeTotals,
  initialAgreementStatus,
  type MatchablePost,
  rankMatches,
} from './exchange.rules.js';

export const POST_ENTITY = bilingual('师资互派/职业体验信息', 'exchange post');
export const AGREEMENT_ENTITY = bilingual('交流协议', 'exchange agreement');

const ACTION_NAMES: Record<AgreementAction, { 'zh-CN': string; 'en-US': string }> = {
  confirm: bilingual('确认', 'confirm'),
  complete: bilingual('记录完成情况', 'record the completion of'),
  evaluate: bilingual('评价', 'evaluate'),
  cancel: bilingual('取消', 'cancel'),
};

interface Provenance {
  isGenerated?: boolean;
}

function checkDates(startsOn: string, endsOn: string) {
  if (endsOn < startsOn) throw new DomainError('EXCHANGE_DATES', { startsOn, endsOn });
}

export async function board(db: Executor, grants: Grant[], bodyId: string, query: TExchangeBoardQuery) {
  await requireSearcher(db, grants, bodyId);
  const rows = await repo.listPosts(db, bodyId, {
    kinds: query.kind ? [query.kind] : undefined,
    classCode: query.classCode,
    status: query.status === 'all' ? undefined : query.status,
  });
  const names = await namesFor(
    db,
    rows.map((r) => r.orgId),
    rows.map((r) => r.classCode),
  );
  return { items: rows.map((row) => presentPost(row, names)) };
}

export async function createPost(
  db: Executor,
  actor: Actor,
  bodyId: string,
  orgId: string,
  input: TExchangePostInput,
  provenance: Provenance = {},
) {
  await requireMember(db, bodyId, orgId);
  checkDates(input.startsOn, input.endsOn);
  const teacher = input.kind !== 'experience';
  if (teacher && !input.days) throw new DomainError('EXCHANGE_DAYS_REQUIRED', {});
  if (!teacher && !input.capacity) throw new DomainError('EXCHANGE_CAPACITY_REQUIRED', {});
  const names = await namesFor(db, [], [input.classCode]);
  if (!names.classes.has(input.classCode)) throw new DomainError('RESOURCES_UNKNOWN_CLASSES', { codes: input.classCode });
  return db.transaction(async (tx) => {
    const post = await repo.insertPost(tx, {
      bodyId,
      orgId,
      kind: input.kind,
      title: input.title,
      classCode: input.classCode,
      fields: input.fields,
      days: teacher ? (input.days ?? null) : null,
      capacity: teacher ? null : (input.capacity ?? null),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      description: input.description ?? null,
      isGenerated: provenance.isGenerated ?? false,
    });
    await recordAudit(tx, actor, {
      action: 'resources.exchange.publish',
      entityType: 'resource_exchange_post',
      entityId: post.id,
      details: { bodyId, orgId, kind: input.kind, classCode: input.classCode, startsOn: input.startsOn, endsOn: input.endsOn },
    });
    return post;
  });
}

async function requireOwnPost(db: Executor, bodyId: string, orgId: string, postId: string) {
  const post = await repo.findPost(db, bodyId, postId);
  if (!post || post.orgId !== orgId) throw notFound(POST_ENTITY);
  return post;
}

export async function closePost(db: Executor, actor: Actor, bodyId: string, orgId: string, postId: string) {
  await requireMember(db, bodyId, orgId);
  const post = await requireOwnPost(db, bodyId, orgId, postId);
  await db.transaction(async (tx) => {
    const closed = await repo.closePost(tx, post.id);
    if (!closed) throw new DomainError('EXCHANGE_POST_CLOSED', { title: post.title });
    await recordAudit(tx, actor, {
      action: 'resources.exchange.close',
      entityType: 'resource_exchange_post',
      entityId: post.id,
      details: { bodyId, orgId, kind: post.kind },
    });
  });
}

const matchable = (row: repo.PostRow, classes: Map<string, string>): MatchablePost & { row: repo.PostRow } => ({
  row,
  kind: row.kind as MatchablePost['kind'],
  orgId: row.orgId,
  classCode: row.classCode,
  className: classes.get(row.classCode) ?? row.classCode,
  fields: row.fields,
  days: row.days,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  status: row.status as MatchablePost['status'],
});

/** The unit's own posts, newest first, each open offer or request with the other members' open posts that match it. */
export async function myPosts(db: Executor, bodyId: string, orgId: string): Promise<TMyExchangePosts> {
  await requireMember(db, bodyId, orgId);
  const [own, open] = await Promise.all([
    repo.listPosts(db, bodyId, { orgId }),
    repo.listPosts(db, bodyId, { kinds: ['teacher_offer', 'teacher_request'], status: 'open' }),
  ]);
  const names = await namesFor(
    db,
    [...own, ...open].map((r) => r.orgId),
    [...own, ...open].map((r) => r.classCode),
  );
  const candidates = open.map((row) => matchable(row, names.classes));
  return {
    items: own.map((row) => {
      const matches =
        row.status === 'open' && COUNTERPART_KIND[row.kind as MatchablePost['kind']]
          ? rankMatches(matchable(row, names.classes), candidates)
          : [];
      return {
        post: presentPost(row, names),
        matches: matches.map(({ candidate, match }) => ({
          post: presentPost(candidate.row, names),
          score: match.score,
          reasons: match.reasons,
        })),
      };
    }),
  };
}

/** The offer and the request of a teacher agreement, one of them the unit's own, the other another member's. */
async function teacherPair(db: Executor, bodyId: string, orgId: string, input: TAgreementInput, offer: repo.PostRow) {
  const request = input.requestId ? await repo.findPost(db, bodyId, input.requestId) : undefined;
  const paired =
    offer.kind === 'teacher_offer' &&
    request?.kind === 'teacher_request' &&
    offer.orgId !== request.orgId &&
    (offer.orgId === orgId || request.orgId === orgId);
  if (!paired || !request) throw new DomainError('EXCHANGE_NOT_PAIR', {});
  if (!input.teacherName) throw new DomainError('EXCHANGE_TEACHER_REQUIRED', {});
  for (const post of [offer, request]) if (post.status !== 'open') throw new DomainError('EXCHANGE_POST_CLOSED', { title: post.title });
  await requireMember(db, bodyId, offer.orgId === orgId ? request.orgId : offer.orgId);
  return request;
}

export async function createAgreement(
  db: Executor,
  actor: Actor,
  bodyId: string,
  orgId: string,
  input: TAgreementInput,
  provenance: Provenance = {},
) {
  await requireMember(db, bodyId, orgId);
  checkDates(input.startsOn, input.endsOn);
  const offer = await repo.findPost(db, bodyId, input.offerId);
  if (!offer) throw notFound(POST_ENTITY);
  const kind = offer.kind === 'experience' ? 'experience' : 'teacher';
  let request: repo.PostRow | undefined;
  if (kind === 'teacher') request = await teacherPair(db, bodyId, orgId, input, offer);
  else {
    if (offer.orgId !== orgId || !input.visitorName || !input.plannedParticipants) throw new DomainError('EXCHANGE_VISITOR_REQUIRED', {});
    if (offer.status !== 'open') throw new DomainError('EXCHANGE_POST_CLOSED', { title: offer.title });
  }
  return db.transaction(async (tx) => {
    const agreement = await repo.insertAgreement(tx, {
      bodyId,
      kind,
      status: initialAgreementStatus(kind),
      offerId: offer.id,
      requestId: request?.id ?? null,
      senderOrgId: offer.orgId,
      receiverOrgId: request?.orgId ?? null,
      proposedByOrgId: orgId,
      visitorName: kind === 'experience' ? (input.visitorName ?? null) : null,
      teacherName: kind === 'teacher' ? (input.teacherName ?? null) : null,
      teacherPhone: kind === 'teacher' ? (input.teacherPhone ?? null) : null,
      place: input.place,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      plannedHours: input.plannedHours,
      plannedParticipants: kind === 'experience' ? (input.plannedParticipants ?? null) : null,
      isGenerated: provenance.isGenerated ?? false,
    });
    await recordAudit(tx, actor, {
      action: 'resources.exchange.agree',
      entityType: 'resource_exchange_agreement',
      entityId: agreement.id,
      details: {
        bodyId,
        orgId,
        kind,
        offerId: offer.id,
        requestId: request?.id ?? null,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        plannedHours: input.plannedHours,
      },
    });
    return agreement;
  });
}

async function presentRows(db: Executor, bodyId: string, orgId: string, rows: repo.AgreementRow[]): Promise<TAgreement[]> {
  const postIds = [...new Set(rows.flatMap((r) => (r.requestId ? [r.offerId, r.requestId] : [r.offerId])))];
  const posts = new Map((await repo.postsByIds(db, bodyId, postIds)).map((post) => [post.id, post]));
  const names = await namesFor(
    db,
    rows.flatMap((r) => [r.senderOrgId, r.receiverOrgId]),
    [],
  );
  return rows.map((row) => presentAgreement(row, orgId, posts, names));
}

export async function listAgreements(db: Executor, bodyId: string, orgId: string) {
  await requireMember(db, bodyId, orgId);
  return { items: await presentRows(db, bodyId, orgId, await repo.agreementsOfParty(db, bodyId, orgId)) };
}

async function requireAgreement(db: Executor, bodyId: string, orgId: string, agreementId: string) {
  const row = await repo.findAgreementOfParty(db, bodyId, agreementId, orgId);
  if (!row) throw notFound(AGREEMENT_ENTITY);
  return row;
}

export async function getAgreement(db: Executor, bodyId: string, orgId: string, agreementId: string): Promise<TAgreement> {
  const row = await requireAgreement(db, bodyId, orgId, agreementId);
  const [agreement] = await presentRows(db, bodyId, orgId, [row]);
  return agreement!;
}

/** One step of an agreement by the unit `orgId`, checked against the rules, audited in the same transaction. */
async function step(
  db: Executor,
  actor: Actor,
  at: { bodyId: string; orgId: string; agreementId: string },
  action: AgreementAction,
  values: (row: repo.AgreementRow) => Partial<repo.AgreementInsert>,
  details: Record<string, unknown> = {},
) {
  await requireMember(db, at.bodyId, at.orgId);
  const row = await requireAgreement(db, at.bodyId, at.orgId, at.agreementId);
  const next = agreementAfter(agreementState(row), sideOf(row, at.orgId), action);
  if (!next) {
    throw new DomainError('EXCHANGE_AGREEMENT_STATUS', {
      status: AGREEMENT_STATUSES[row.status as AgreementStatus],
      action: ACTION_NAMES[action],
    });
  }
  await db.transaction(async (tx) => {
    const updated = await repo.updateAgreementAtVersion(tx, row.id, row.version, { status: next, ...values(row) });
    if (!updated) throw new DomainError('VERSION_CONFLICT', { current: row.version });
    await recordAudit(tx, actor, {
      action: `resources.exchange.${action}`,
      entityType: 'resource_exchange_agreement',
      entityId: row.id,
      details: { bodyId: at.bodyId, orgId: at.orgId, from: row.status, to: next, ...details },
    });
  });
}

type At = { bodyId: string; orgId: string; agreementId: string };

export const confirmAgreement = (db: Executor, actor: Actor, at: At) => step(db, actor, at, 'confirm', () => ({}));

export const cancelAgreement = (db: Executor, actor: Actor, at: At, reason: string) =>
  step(db, actor, at, 'cancel', () => ({ cancelReason: reason }), { reason });

export async function completeAgreement(db: Executor, actor: Actor, at: At, input: TAgreementCompletion) {
  await step(
    db,
    actor,
    at,
    'complete',
    (row) => ({
      actualDays: input.actualDays,
      actualHours: input.actualHours,
      actualParticipants: row.kind === 'experience' ? (input.actualParticipants ?? row.plannedParticipants) : null,
      completionNote: input.note ?? null,
    }),
    { actualDays: input.actualDays, actualHours: input.actualHours, actualParticipants: input.actualParticipants ?? null },
  );
}

/** Each side's own evaluation; the host of an activity also records the visiting school's, after its own. */
export async function evaluateAgreement(db: Executor, actor: Actor, now: Date, at: At, input: TAgreementEvaluation) {
  await step(
    db,
    actor,
    at,
    'evaluate',
    (row) =>
      evaluatingSide(agreementState(row), sideOf(row, at.orgId)) === 'sender'
        ? { senderScore: input.score, senderComment: input.comment, senderEvaluatedAt: now }
        : { receiverScore: input.score, receiverComment: input.comment, receiverEvaluatedAt: now },
    { score: input.score },
  );
}

/**
 * The year's figures of each current member (教师队伍: teacher days and hours sent and received; 社会服务: activities
 * and participants). The secretariat sees every member; a unit sees its own.
 */
export async function totals(db: Executor, grants: Grant[], bodyId: string, year: number): Promise<TExchangeTotals> {
  const members = await currentMembers(db, bodyId);
  const all = isAllowed(grants, 'resources.survey.manage', { bodyId });
  const visible = members.filter((m) => all || isAllowed(grants, 'resources.exchange.edit', { bodyId, orgId: m.id }));
  if (visible.length === 0) await requireSearcher(db, grants, bodyId);
  const counted = exchangeTotals(
    (await repo.agreementsOfYear(db, bodyId, year)).map((row) => ({
      ...row,
      kind: row.kind as 'teacher' | 'experience',
      status: row.status as AgreementStatus,
    })),
    year,
  );
  return {
    year,
    rows: visible.map((m) => ({
      org: { id: m.id, name: m.name },
      teacherDaysSent: 0,
      teacherHoursSent: 0,
      teacherDaysReceived: 0,
      teacherHoursReceived: 0,
      experienceActivities: 0,
      experienceParticipants: 0,
      ...counted.get(m.id),
    })),
  };
}
