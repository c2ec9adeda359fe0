/**
 * Rules of alliance activities. 附件3 二(三) plans the 2026 trainings (1天研讨, 1周培训, 1月企业实践), an
 * exchange, an observation visit (紧扣世界技能大赛……组织联盟成员实地观摩学习) and 学生成长计划 the summer camp;
 * 附件3 三(三) asks each member to "选派优秀师生参与联盟的各项活动"; 章程第十七条(三) gives members
 * "优先参与联盟组织的活动". So only current members register, within the deadline and the places the
 * organiser set; attendance and outcomes are recorded once the activity has begun.
 */
import type { ActivityPhase } from '@chanjiao/contracts';

export type ActivityStatus = 'scheduled' | 'completed' | 'cancelled';

export interface ActivitySchedule {
  startOn: string;
  endOn: string;
  registrationDeadline: string;
}

export interface Capacity {
  capacityPerUnit: number | null;
  capacityTotal: number | null;
}

/** The phase users see: the secretariat's closing decision first, otherwise what the dates say. */
export function activityPhase(status: ActivityStatus, schedule: ActivitySchedule, today: string): ActivityPhase {
  if (status !== 'scheduled') return status;
  if (today <= schedule.registrationDeadline) return 'registering';
  if (today < schedule.startOn) return 'registration_closed';
  if (today <= schedule.endOn) return 'under_way';
  return 'ended';
}

/** Registering, and withdrawing a registration, are open until the deadline day inclusive. */
export function registrationOpen(phase: ActivityPhase): boolean {
  return phase === 'registering';
}

/** Attendance and outcomes describe what happened, so they wait for the first day of the activity. */
export function recordingOpen(status: ActivityStatus, startOn: string, today: string): boolean {
  return status !== 'cancelled' && today >= startOn;
}

/** Archived and cancelled activities are no longer changed. */
export function isEditable(phase: ActivityPhase): boolean {
  return phase !== 'completed' && phase !== 'cancelled';
}

/** 章程第十七条(三): a unit that has joined and not left by `today` is a current member. */
export function isCurrentMember(membership: { joinedOn: string; leftOn: string | null } | undefined, today: string): boolean {
  return !!membership && membership.joinedOn <= today && (membership.leftOn === null || membership.leftOn > today);
}

export type ScheduleProblem = 'dates' | 'capacity_order' | null;

/** The deadline falls on or before the first day, the last day not before the first; per-unit places fit the total. */
export function scheduleProblem(schedule: ActivitySchedule, capacity: Capacity): ScheduleProblem {
  if (schedule.endOn < schedule.startOn || schedule.registrationDeadline > schedule.startOn) return 'dates';
  if (capacity.capacityPerUnit !== null && capacity.capacityTotal !== null && capacity.capacityPerUnit > capacity.capacityTotal) {
    return 'capacity_order';
  }
  return null;
}

export interface CapacityShortfall {
  scope: 'unit' | 'total';
  limit: number;
  taken: number;
  remaining: number;
}

/** Whether `adding` more people from one unit fit its places and the activity's; the unit's limit is checked first. */
export function capacityShortfall(capacity: Capacity, taken: { unit: number; total: number }, adding: number): CapacityShortfall | null {
  const checks: [CapacityShortfall['scope'], number | null, number][] = [
    ['unit', capacity.capacityPerUnit, taken.unit],
    ['total', capacity.capacityTotal, taken.total],
  ];
  for (const [scope, limit, already] of checks) {
    if (limit !== null && already + adding > limit) return { scope, limit, taken: already, remaining: Math.max(0, limit - already) };
  }
  return null;
}
