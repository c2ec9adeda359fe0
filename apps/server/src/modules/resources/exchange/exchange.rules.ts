/**
 * Rules of the teacher and vocational-experience exchange (倡议书 三 "推动区域课程互选、学分互认、师资互派、职业体验互动";
 * docs/sources.md §9 R5 "matching them by field and major class with the reasons shown ... completion records with hours and an
 * evaluation by both sides; totals per member and year").
 */
import type { AgreementAction, AgreementSide, AgreementStatus, ExchangePostKind } from '@chanjiao/contracts';

type Bilingual = { 'zh-CN': string; 'en-US': string };

/** How much each kind of evidence weighs in a match; the same major class counts most (R5 "by field and major class"). */
export const MATCH_WEIGHTS = { sameClass: 3, sameCategory: 1, fieldWord: 2, datesOverlap: 1, daysEnough: 1 } as const;

/** What a match needs at the least: one of the same class, the same category or a shared field word. */
export const MATCH_MINIMUM_SCORE = MATCH_WEIGHTS.sameCategory;

export interface MatchablePost {
  kind: ExchangePostKind;
  orgId: string;
  classCode: string;
  className: string;
  fields: string;
  days: number | null;
  startsOn: string;
  endsOn: string;
  status: 'open' | 'closed';
}

/** The post kind a post is matched with: an offer with a request and back; an activity is not matched. */
export const COUNTERPART_KIND: Record<ExchangePostKind, ExchangePostKind | null> = {
  teacher_offer: 'teacher_request',
  teacher_request: 'teacher_offer',
  experience: null,
};

/** Field words as members write them: 数控加工、工业机器人 / 数控加工，机器人 / 数控 加工. */
export function fieldWords(fields: string): string[] {
  return [
    ...new Set(
      fields
        .split(/[、，,；;／/\s]+/u)
        .map((w) => w.trim())
        .filter((w) => w.length > 0),
    ),
  ];
}

/** Words of the two posts that name the same field: equal, or one containing the other (数控 in 数控加工). */
export function sharedFieldWords(a: string, b: string): string[] {
  const right = fieldWords(b);
  return fieldWords(a).filter((word) =>
    right.some((other) => other === word || (Math.min(word.length, other.length) >= 2 && (other.includes(word) || word.includes(other)))),
  );
}

export interface Match {
  score: number;
  reasons: Bilingual[];
}

/** Why `candidate` answers `post`, or null when it does not (another kind, its own unit, closed, nothing in common). */
export function matchPosts(post: MatchablePost, candidate: MatchablePost): Match | null {
  if (COUNTERPART_KIND[post.kind] !== candidate.kind) return null;
  if (post.orgId === candidate.orgId || candidate.status !== 'open') return null;
  let score = 0;
  const reasons: Bilingual[] = [];
  if (post.classCode === candidate.classCode) {
    score += MATCH_WEIGHTS.sameClass;
    reasons.push({ 'zh-CN': `专业类相同：${candidate.className}`, 'en-US': `Same major class: ${candidate.className}` });
  } else if (post.classCode.slice(0, 2) === candidate.classCode.slice(0, 2)) {
    score += MATCH_WEIGHTS.sameCategory;
    reasons.push({
      'zh-CN': `同属专业大类 ${candidate.classCode.slice(0, 2)}（${candidate.className}）`,
      'en-US': `Same major category ${candidate.classCode.slice(0, 2)} (${candidate.className})`,
    });
  }
  const shared = sharedFieldWords(post.fields, candidate.fields);
  if (shared.length > 0) {
    score += MATCH_WEIGHTS.fieldWord * shared.length;
    reasons.push({ 'zh-CN': `领域相同：${shared.join('、')}`, 'en-US': `Shared fields: ${shared.join(', ')}` });
  }
  if (score < MATCH_MINIMUM_SCORE) return null;
  if (post.startsOn <= candidate.endsOn && candidate.startsOn <= post.endsOn) {
    score += MATCH_WEIGHTS.datesOverlap;
    reasons.push({
      'zh-CN': `时间相交：${candidate.startsOn} 至 ${candidate.endsOn}`,
      'en-US': `Dates overlap: ${candidate.startsOn} to ${candidate.endsOn}`,
    });
  }
  const offered = post.kind === 'teacher_offer' ? post.days : candidate.days;
  const asked = post.kind === 'teacher_offer' ? candidate.days : post.days;
  if (offered !== null && asked !== null && offered >= asked) {
    score += MATCH_WEIGHTS.daysEnough;
    reasons.push({ 'zh-CN': `可派 ${offered} 天，满足所需 ${asked} 天`, 'en-US': `${offered} days offered cover the ${asked} asked for` });
  }
  return { score, reasons };
}

/** The candidates that answer a post, best first. */
export function rankMatches<T extends MatchablePost>(post: MatchablePost, candidates: T[]): { candidate: T; match: Match }[] {
  return candidates
    .map((candidate) => ({ candidate, match: matchPosts(post, candidate) }))
    .filter((m): m is { candidate: T; match: Match } => m.match !== null)
    .sort((a, b) => b.match.score - a.match.score || a.candidate.startsOn.localeCompare(b.candidate.startsOn));
}

export type { AgreementAction };

export interface AgreementState {
  status: AgreementStatus;
  /** The side that proposed the agreement; the other side confirms it. */
  proposedBy: AgreementSide;
  senderEvaluated: boolean;
  receiverEvaluated: boolean;
  /** An activity's visitors are no member unit: the host records their evaluation too. */
  receiverIsMember: boolean;
}

/**
 * The status after `side` does `action`, or null when it may not. The other side confirms a proposal; either side
 * records the completion of an agreed exchange; each side evaluates once, and the agreement is complete when both
 * have; either side cancels what has not been carried out.
 */
export function agreementAfter(state: AgreementState, side: AgreementSide, action: AgreementAction): AgreementStatus | null {
  switch (action) {
    case 'confirm':
      return state.status === 'proposed' && side !== state.proposedBy ? 'agreed' : null;
    case 'cancel':
      return state.status === 'proposed' || state.status === 'agreed' ? 'cancelled' : null;
    case 'complete':
      return state.status === 'agreed' ? 'carried_out' : null;
    case 'evaluate': {
      if (state.status !== 'carried_out') return null;
      const evaluates = evaluatingSide(state, side);
      if (!evaluates) return null;
      const done = { sender: state.senderEvaluated, receiver: state.receiverEvaluated };
      if (done[evaluates]) return null;
      done[evaluates] = true;
      return done.sender && done.receiver ? 'completed' : 'carried_out';
    }
  }
}

/** Which evaluation a side writes now: its own, or — the host of an activity — the visitors' once its own is in. */
export function evaluatingSide(state: AgreementState, side: AgreementSide): AgreementSide | null {
  if (side === 'receiver') return 'receiver';
  if (!state.senderEvaluated) return 'sender';
  return state.receiverIsMember ? null : 'receiver';
}

/** The status an agreement starts in: a teacher agreement waits for the other member; an activity's host decides alone. */
export function initialAgreementStatus(kind: 'teacher' | 'experience'): AgreementStatus {
  return kind === 'teacher' ? 'proposed' : 'agreed';
}

export interface CountedAgreement {
  kind: 'teacher' | 'experience';
  status: AgreementStatus;
  senderOrgId: string;
  receiverOrgId: string | null;
  startsOn: string;
  actualDays: number | null;
  actualHours: number | null;
  actualParticipants: number | null;
}

export interface ExchangeTotals {
  teacherDaysSent: number;
  teacherHoursSent: number;
  teacherDaysReceived: number;
  teacherHoursReceived: number;
  experienceActivities: number;
  experienceParticipants: number;
}

const ZERO: ExchangeTotals = {
  teacherDaysSent: 0,
  teacherHoursSent: 0,
  teacherDaysReceived: 0,
  teacherHoursReceived: 0,
  experienceActivities: 0,
  experienceParticipants: 0,
};

/** Statuses whose figures count: what was carried out (recorded hours), evaluated or not yet. */
export const COUNTED_STATUSES: AgreementStatus[] = ['carried_out', 'completed'];

/** Each unit's figures of a year (by the agreement's start date): what it sent, received and hosted. */
export function exchangeTotals(agreements: CountedAgreement[], year: number): Map<string, ExchangeTotals> {
  const totals = new Map<string, ExchangeTotals>();
  const of = (orgId: string) => totals.get(orgId) ?? totals.set(orgId, { ...ZERO }).get(orgId)!;
  for (const a of agreements) {
    if (!COUNTED_STATUSES.includes(a.status) || Number(a.startsOn.slice(0, 4)) !== year) continue;
    const sender = of(a.senderOrgId);
    if (a.kind === 'experience') {
      sender.experienceActivities += 1;
      sender.experienceParticipants += a.actualParticipants ?? 0;
      continue;
    }
    sender.teacherDaysSent += a.actualDays ?? 0;
    sender.teacherHoursSent += a.actualHours ?? 0;
    if (a.receiverOrgId) {
      const receiver = of(a.receiverOrgId);
      receiver.teacherDaysReceived += a.actualDays ?? 0;
      receiver.teacherHoursReceived += a.actualHours ?? 0;
    }
  }
  return totals;
}
