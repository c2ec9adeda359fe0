import type { ActivityPhase } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import {
  type ActivityStatus,
  activityPhase,
  type Capacity,
  type CapacityShortfall,
  capacityShortfall,
  isCurrentMember,
  recordingOpen,
  registrationOpen,
  scheduleProblem,
  type ScheduleProblem,
} from './activities.rules.js';

// 附件3 学生成长计划 「2026年7-8月 组织学生夏令营暨职教学生技能风采展示」
const camp = { startOn: '2026-07-20', endOn: '2026-07-25', registrationDeadline: '2026-07-10' };

describe('附件3 二(三) 报名: registration closes on the deadline', () => {
  it.each<[ActivityStatus, string, ActivityPhase, boolean]>([
    ['scheduled', '2026-06-01', 'registering', true],
    ['scheduled', '2026-07-10', 'registering', true],
    ['scheduled', '2026-07-11', 'registration_closed', false],
    ['scheduled', '2026-07-20', 'under_way', false],
    ['scheduled', '2026-07-25', 'under_way', false],
    ['scheduled', '2026-07-26', 'ended', false],
    ['completed', '2026-08-01', 'completed', false],
    ['cancelled', '2026-06-01', 'cancelled', false],
  ])('%s on %s is %s; registration open: %s', (status, today, phase, open) => {
    expect(activityPhase(status, camp, today)).toBe(phase);
    expect(registrationOpen(activityPhase(status, camp, today))).toBe(open);
  });
});

describe('附件3 三(三)「选派优秀师生参与联盟的各项活动」 with 每单位名额 and 总名额', () => {
  it.each<[Capacity, { unit: number; total: number }, number, CapacityShortfall | null]>([
    [{ capacityPerUnit: null, capacityTotal: null }, { unit: 40, total: 300 }, 10, null],
    [{ capacityPerUnit: 5, capacityTotal: 45 }, { unit: 3, total: 10 }, 2, null],
    [{ capacityPerUnit: 5, capacityTotal: 45 }, { unit: 3, total: 10 }, 3, { scope: 'unit', limit: 5, taken: 3, remaining: 2 }],
    [{ capacityPerUnit: 5, capacityTotal: 45 }, { unit: 0, total: 44 }, 2, { scope: 'total', limit: 45, taken: 44, remaining: 1 }],
    [{ capacityPerUnit: null, capacityTotal: 45 }, { unit: 0, total: 45 }, 1, { scope: 'total', limit: 45, taken: 45, remaining: 0 }],
    // Both are exceeded: the unit's own limit is what the unit can act on.
    [{ capacityPerUnit: 2, capacityTotal: 10 }, { unit: 2, total: 10 }, 1, { scope: 'unit', limit: 2, taken: 2, remaining: 0 }],
  ])('%j with %j taken, adding %i → %j', (capacity, taken, adding, shortfall) => {
    expect(capacityShortfall(capacity, taken, adding)).toEqual(shortfall);
  });
});

describe('章程第十七条(三)「优先参与联盟组织的活动」 belongs to current members', () => {
  it.each<[{ joinedOn: string; leftOn: string | null } | undefined, boolean]>([
    [{ joinedOn: '2025-12-12', leftOn: null }, true],
    [{ joinedOn: '2026-08-01', leftOn: null }, false],
    [{ joinedOn: '2025-12-12', leftOn: '2026-06-30' }, false],
    [{ joinedOn: '2025-12-12', leftOn: '2026-07-31' }, true],
    [undefined, false],
  ])('membership %j on 2026-07-01 is current: %s', (membership, current) => {
    expect(isCurrentMember(membership, '2026-07-01')).toBe(current);
  });
});

describe('签到与成果 are recorded once the activity has begun', () => {
  it.each<[ActivityStatus, string, boolean]>([
    ['scheduled', '2026-07-19', false],
    ['scheduled', '2026-07-20', true],
    ['scheduled', '2026-09-01', true],
    ['completed', '2026-09-01', true],
    ['cancelled', '2026-07-21', false],
  ])('%s on %s: %s', (status, today, open) => {
    expect(recordingOpen(status, camp.startOn, today)).toBe(open);
  });
});

describe('the schedule an organiser sets', () => {
  it.each<[typeof camp, Capacity, ScheduleProblem]>([
    [camp, { capacityPerUnit: 5, capacityTotal: 45 }, null],
    // 附件3 「1天研讨」: one day, registration closing the same day.
    [
      { startOn: '2026-06-18', endOn: '2026-06-18', registrationDeadline: '2026-06-18' },
      { capacityPerUnit: null, capacityTotal: null },
      null,
    ],
    [{ ...camp, endOn: '2026-07-19' }, { capacityPerUnit: null, capacityTotal: null }, 'dates'],
    [{ ...camp, registrationDeadline: '2026-07-21' }, { capacityPerUnit: null, capacityTotal: null }, 'dates'],
    [camp, { capacityPerUnit: 50, capacityTotal: 45 }, 'capacity_order'],
  ])('%j %j → %s', (schedule, capacity, problem) => {
    expect(scheduleProblem(schedule, capacity)).toBe(problem);
  });
});
