/**
 * Terms of the posts the charter gives one (第十四条: 主任 and 副主任 of the standing committees, 2 years,
 * renewable): terms.rules.ts counts them from the appointments still standing.
 */
import { DEFAULT_GOVERNANCE_REMINDERS, type Locale, type TCharterParameters } from '@chanjiao/contracts';
import { currentTermStatus, type TermStatus } from './terms.rules.js';
import type { AppointmentRow } from './offices.repository.js';

export const REMINDERS = DEFAULT_GOVERNANCE_REMINDERS;

/** Posts with a term under 第十四条. */
export function hasTerm(officeKind: string, post: string): boolean {
  return officeKind === 'standing_committee' && (post === 'director' || post === 'deputy_director');
}

export function holderKey(appointment: Pick<AppointmentRow, 'holderName' | 'holderOrgId'>): string {
  return `${appointment.holderOrgId ?? ''}|${appointment.holderName}`;
}

/** Appointments not cut short before `today`: a holder who left early ends the chain of renewals. */
export function standing<T extends Pick<AppointmentRow, 'endedOn'>>(appointments: T[], today: string): T[] {
  return appointments.filter((appointment) => appointment.endedOn === null || appointment.endedOn > today);
}

export function termOf<T extends AppointmentRow>(
  appointments: T[],
  today: string,
  params: Pick<TCharterParameters, 'committeeTerm' | 'committeeTermRenewalLimit'>,
): { status: TermStatus; appointment: T } | null {
  const current = standing(appointments, today);
  const status = currentTermStatus(
    current.map((appointment) => ({ holderId: holderKey(appointment), startOn: appointment.startOn })),
    today,
    params,
    REMINDERS,
  );
  if (!status) return null;
  const appointment = [...current].reverse().find((a) => holderKey(a) === status.holderId && a.startOn === status.startOn)!;
  return { status, appointment };
}

export function termRuleText(params: Pick<TCharterParameters, 'committeeTerm' | 'committeeTermRenewalLimit'>, locale: Locale): string {
  const { years = 0, months = 0, days = 0 } = params.committeeTerm;
  const zh = [years && `${years} 年`, months && `${months} 个月`, days && `${days} 天`].filter(Boolean).join('');
  const en = [years && `${years} years`, months && `${months} months`, days && `${days} days`].filter(Boolean).join(' ');
  const limit = params.committeeTermRenewalLimit;
  return locale === 'zh-CN'
    ? `专项工作委员会主任、副主任任期 ${zh}，${limit === null ? '可连任' : `可连任 ${limit} 次`}；届满前 ${REMINDERS.committeeTermDaysBefore} 天提醒换届（章程第十四条）`
    : `Standing committee directors and deputies serve ${en}, ${limit === null ? 'renewable' : `renewable ${limit} times`}; reminder ${REMINDERS.committeeTermDaysBefore} days before the term ends (charter art. 14)`;
}
