/** Meetings and agenda items as the API shows them, in the request's language. */
import type {
  AgendaItemKind,
  Locale,
  TAgendaItem,
  TCharterParameters,
  TMeetingSummary,
  TOwnBallot,
  TResolution,
  TVoteResult,
} from '@chanjiao/contracts';
import { describeRule, thresholdFor } from '../charter/charter.rules.js';
import type { AgendaItemRow, MeetingRow } from './meetings.repository.js';
import type { StoredVoteResult } from './meetings.table.js';
import type { RegisterItem } from './votes.repository.js';

export function presentMeetingSummary(row: MeetingRow & { itemCount: number }): TMeetingSummary {
  return {
    id: row.id,
    bodyId: row.bodyId,
    title: row.title,
    heldOn: row.heldOn,
    location: row.location,
    status: row.status as TMeetingSummary['status'],
    minutesStatus: row.minutesStatus as TMeetingSummary['minutesStatus'],
    itemCount: row.itemCount,
    version: row.version,
  };
}

export function presentOwnBallot(ballot: { orgId: string; choice: string; castVia: string; castAt: Date }): TOwnBallot {
  return {
    orgId: ballot.orgId,
    choice: ballot.choice as TOwnBallot['choice'],
    castVia: ballot.castVia as TOwnBallot['castVia'],
    castAt: ballot.castAt.toISOString(),
  };
}

export function presentResult(result: StoredVoteResult, locale: Locale): TVoteResult {
  return { ...result, explanation: result.explanation[locale] };
}

/**
 * An item's rule: the one fixed when its vote opened, or — before that — the rule the charter in force
 * would apply, so the meeting sees in advance how the item will be decided.
 */
function ruleOf(item: AgendaItemRow, charter: TCharterParameters | null) {
  const threshold = item.threshold ?? (charter ? thresholdFor(item.kind as AgendaItemKind, charter) : null);
  const quorum = item.voteStatus === 'pending' ? (charter?.quorum ?? null) : (item.quorum ?? null);
  return { threshold, quorum };
}

export function presentAgendaItem(
  row: { item: AgendaItemRow; subjectOrgName: string | null },
  charter: TCharterParameters | null,
  ballots: { cast: number; own: TOwnBallot[] },
  locale: Locale,
): TAgendaItem {
  const { item } = row;
  const { threshold, quorum } = ruleOf(item, charter);
  return {
    id: item.id,
    meetingId: item.meetingId,
    position: item.position,
    kind: item.kind as AgendaItemKind,
    title: item.title,
    description: item.description,
    subjectOrg: item.subjectOrgId && row.subjectOrgName ? { id: item.subjectOrgId, name: row.subjectOrgName } : null,
    amendment: item.amendment ?? null,
    voteStatus: item.voteStatus as TAgendaItem['voteStatus'],
    threshold,
    quorum,
    ruleText: threshold ? describeRule(threshold, quorum)[locale] : '',
    voteOpenedAt: item.voteOpenedAt?.toISOString() ?? null,
    voteClosedAt: item.voteClosedAt?.toISOString() ?? null,
    entitledCount: item.electorate ? item.electorate.length : null,
    ballotsCast: ballots.cast,
    ownBallots: ballots.own,
    result: item.result ? presentResult(item.result, locale) : null,
    resolutionNo: item.resolutionNo,
  };
}

export function presentResolution(
  row: { item: RegisterItem; meetingTitle: string; heldOn: string; subjectOrgName: string | null },
  locale: Locale,
): TResolution {
  const { item } = row;
  return {
    itemId: item.id,
    meeting: { id: item.meetingId, title: row.meetingTitle, heldOn: row.heldOn },
    kind: item.kind as AgendaItemKind,
    title: item.title,
    subjectOrg: item.subjectOrgId && row.subjectOrgName ? { id: item.subjectOrgId, name: row.subjectOrgName } : null,
    resolutionNo: item.resolutionNo,
    result: presentResult(item.result!, locale),
    ruleText: describeRule(item.threshold!, item.quorum ?? null)[locale],
    closedAt: item.voteClosedAt!.toISOString(),
  };
}
