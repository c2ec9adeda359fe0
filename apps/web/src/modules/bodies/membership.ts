/** Pure helpers of the member-unit tab: which dates a form may offer, and what adding a member sends. */
import type { MemberRole, TBodyMemberInput } from '@chanjiao/contracts/bodies';

/**
 * 章程第二十条 keeps both dates of a withdrawal; the leaving date may equal the joining date but not precede it
 * (the server refuses it as MEMBER_LEFT_BEFORE_JOINED). ISO dates compare correctly as text.
 */
export function isLeavingDateAllowed(joinedOn: string, leftOn: string): boolean {
  return leftOn >= joinedOn;
}

/** Today's calendar date where the platform's users are (Asia/Shanghai), whatever the browser's zone. */
export function todayInShanghai(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export interface AddMemberFormValues {
  orgId?: string;
  joinedOn?: string;
  memberRole?: MemberRole;
  isFounding?: boolean;
  reason?: string;
}

/**
 * 章程第十九条: the server makes a unit added with the founding role a founding unit by itself, so the
 * checkbox only ever adds the founding mark (e.g. to a lead school); unticked, the server's rule decides.
 */
export function addMemberPayload(values: AddMemberFormValues): TBodyMemberInput {
  return {
    orgId: values.orgId ?? '',
    joinedOn: values.joinedOn ?? '',
    reason: values.reason?.trim() ?? '',
    memberRole: values.memberRole,
    isFounding: values.isFounding ? true : undefined,
  };
}

/** The date a leaving form starts with: today, unless the unit joined later than that (a date entered ahead). */
export function defaultLeavingDate(joinedOn: string, today: string): string {
  return isLeavingDateAllowed(joinedOn, today) ? today : joinedOn;
}
