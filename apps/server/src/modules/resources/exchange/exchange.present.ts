/** How posts and agreements are shown: names looked up, the teacher's phone masked (个人信息保护法). */
import { type AgreementSide, type AgreementStatus, maskPhone, type TAgreement, type TExchangePost } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { findOrgsByIds } from '../../organizations/index.js';
import { majorClassesByCodes } from '../../reference/index.js';
import { agreementAfter, type AgreementState } from './exchange.rules.js';
import type { AgreementRow, PostRow } from './exchange.repository.js';

export interface Names {
  orgs: Map<string, string>;
  classes: Map<string, string>;
}

/** The names of the units and major classes the rows mention, in two queries. */
export async function namesFor(db: Executor, orgIds: (string | null)[], classCodes: string[]): Promise<Names> {
  const ids = [...new Set(orgIds.filter((id): id is string => !!id))];
  const [orgs, classes] = await Promise.all([findOrgsByIds(db, ids), majorClassesByCodes(db, classCodes)]);
  return {
    orgs: new Map(orgs.map((o) => [o.id, o.name])),
    classes: new Map(classes.map((c) => [c.classCode, c.className])),
  };
}

export function presentPost(row: PostRow, names: Names): TExchangePost {
  return {
    id: row.id,
    kind: row.kind as TExchangePost['kind'],
    org: { id: row.orgId, name: names.orgs.get(row.orgId) ?? '' },
    title: row.title,
    classCode: row.classCode,
    className: names.classes.get(row.classCode) ?? row.classCode,
    fields: row.fields,
    days: row.days,
    capacity: row.capacity,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    description: row.description,
    status: row.status as TExchangePost['status'],
    createdAt: row.createdAt.toISOString(),
    isGenerated: row.isGenerated,
  };
}

export function agreementState(row: AgreementRow): AgreementState {
  return {
    status: row.status as AgreementStatus,
    proposedBy: row.proposedByOrgId === row.senderOrgId ? 'sender' : 'receiver',
    senderEvaluated: row.senderEvaluatedAt !== null,
    receiverEvaluated: row.receiverEvaluatedAt !== null,
    receiverIsMember: row.receiverOrgId !== null,
  };
}

/** The side `orgId` is on; the sender when it is both (never: a unit does not agree with itself). */
export function sideOf(row: AgreementRow, orgId: string): AgreementSide {
  return row.senderOrgId === orgId ? 'sender' : 'receiver';
}

const evaluation = (score: number | null, comment: string | null, at: Date | null) =>
  at && score !== null ? { score, comment: comment ?? '', at: at.toISOString() } : null;

export function presentAgreement(row: AgreementRow, orgId: string, posts: Map<string, PostRow>, names: Names): TAgreement {
  const side = sideOf(row, orgId);
  const state = agreementState(row);
  const may = (action: Parameters<typeof agreementAfter>[2]) => agreementAfter(state, side, action) !== null;
  const named = (id: string) => ({ id, name: names.orgs.get(id) ?? '' });
  const post = (id: string) => ({ id, title: posts.get(id)?.title ?? '' });
  return {
    id: row.id,
    kind: row.kind as TAgreement['kind'],
    status: row.status as AgreementStatus,
    offer: post(row.offerId),
    request: row.requestId ? post(row.requestId) : null,
    sender: named(row.senderOrgId),
    receiver: row.receiverOrgId ? named(row.receiverOrgId) : null,
    visitorName: row.visitorName,
    teacherName: row.teacherName,
    teacherPhone: maskPhone(row.teacherPhone),
    place: row.place,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    plannedHours: row.plannedHours,
    plannedParticipants: row.plannedParticipants,
    actualDays: row.actualDays,
    actualHours: row.actualHours,
    actualParticipants: row.actualParticipants,
    completionNote: row.completionNote,
    cancelReason: row.cancelReason,
    senderEvaluation: evaluation(row.senderScore, row.senderComment, row.senderEvaluatedAt),
    receiverEvaluation: evaluation(row.receiverScore, row.receiverComment, row.receiverEvaluatedAt),
    side,
    mayConfirm: may('confirm'),
    mayComplete: may('complete'),
    mayEvaluate: may('evaluate'),
    mayCancel: may('cancel'),
    isGenerated: row.isGenerated,
  };
}
