/**
 * Terms of the standing committees' 主任 and 副主任 (章程第十四条): appointed by the joint meeting for a term
 * (2 years in the seed charter) counted as a period (民法典第二百零一、二百零二条), renewable (可连任) up to an
 * optional limit. The secretariat is reminded a set number of days before a term ends.
 */
import type { Bilingual, TCharterParameters, TGovernanceReminders } from '@chanjiao/contracts';
import { bilingual } from '../../../kernel/errors.js';
import { addDays, parseIsoDate } from '../../../kernel/time/calendar.js';
import { periodEnd } from '../../../kernel/time/civil-code-periods.rules.js';

type TermParameters = Pick<TCharterParameters, 'committeeTerm' | 'committeeTermRenewalLimit'>;

/** One appointment to a post (e.g. 专业建设委员会主任). */
export interface Appointment {
  holderId: string;
  startOn: string;
}

export type TermState = 'not_started' | 'active' | 'reminder_due' | 'ended';

export interface TermStatus {
  holderId: string;
  startOn: string;
  /** The term's last day. */
  endsOn: string;
  reminderOn: string;
  /** 1 for a first term; each consecutive renewal by the same holder adds one. */
  termNumber: number;
  renewals: number;
  state: TermState;
  mayRenew: boolean;
  explanation: Bilingual;
}

export function termEndsOn(startOn: string, params: Pick<TCharterParameters, 'committeeTerm'>): string {
  return periodEnd(startOn, params.committeeTerm);
}

export function termReminderOn(endsOn: string, reminders: TGovernanceReminders): string {
  return addDays(endsOn, -reminders.committeeTermDaysBefore);
}

/** The status of the post's latest appointment on `today`; null when the post has never been filled. */
export function currentTermStatus(
  appointments: Appointment[],
  today: string,
  params: TermParameters,
  reminders: TGovernanceReminders,
): TermStatus | null {
  parseIsoDate(today);
  const ordered = [...appointments].sort((a, b) => (a.startOn < b.startOn ? -1 : a.startOn > b.startOn ? 1 : 0));
  const started = ordered.filter((appointment) => appointment.startOn <= today);
  const current = started.at(-1) ?? ordered[0];
  if (!current) return null;

  const history = started.length > 0 ? started : [current];
  let termNumber = 0;
  for (let index = history.length - 1; index >= 0 && history[index]!.holderId === current.holderId; index--) termNumber++;
  const renewals = termNumber - 1;
  const endsOn = termEndsOn(current.startOn, params);
  const reminderOn = termReminderOn(endsOn, reminders);
  const state: TermState =
    current.startOn > today ? 'not_started' : today > endsOn ? 'ended' : today >= reminderOn ? 'reminder_due' : 'active';
  const limit = params.committeeTermRenewalLimit;
  const mayRenew = limit === null || renewals < limit;
  return {
    ...current,
    endsOn,
    reminderOn,
    termNumber,
    renewals,
    state,
    mayRenew,
    explanation: explainTerm({ startOn: current.startOn, endsOn, reminderOn, termNumber, renewals, mayRenew, limit }, reminders),
  };
}

interface TermFacts {
  startOn: string;
  endsOn: string;
  reminderOn: string;
  termNumber: number;
  renewals: number;
  mayRenew: boolean;
  limit: number | null;
}

function explainTerm(facts: TermFacts, reminders: TGovernanceReminders): Bilingual {
  const days = reminders.committeeTermDaysBefore;
  const renewal = facts.mayRenew
    ? bilingual('可连任', 'may be renewed')
    : bilingual(
        `已连任 ${facts.renewals} 次，达到上限 ${facts.limit} 次，不可再连任`,
        `renewed ${facts.renewals} times, the limit of ${facts.limit}; no further renewal`,
      );
  return bilingual(
    `第 ${facts.termNumber} 个任期（连任 ${facts.renewals} 次）：${facts.startOn} 起，${facts.endsOn} 届满；${facts.reminderOn} 起提醒换届（届满前 ${days} 天）；${renewal['zh-CN']}`,
    `Term ${facts.termNumber} (${facts.renewals} renewals): from ${facts.startOn}, ends ${facts.endsOn}; reminder from ${facts.reminderOn} (${days} days before); ${renewal['en-US']}`,
  );
}
