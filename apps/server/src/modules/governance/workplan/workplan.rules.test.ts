import { describe, expect, it } from 'vitest';
import { addedFields, changedFields, daysLeft, parsePlanUnits, parseWorkWindow, taskFields, taskTiming } from './workplan.rules.js';

describe('time windows as 附件3 二 writes them', () => {
  it.each([
    ['2026年1-6月', { startsOn: '2026-01-01', endsOn: '2026-06-30' }],
    ['2026年6-12月', { startsOn: '2026-06-01', endsOn: '2026-12-31' }],
    ['2026年7-8月', { startsOn: '2026-07-01', endsOn: '2026-08-31' }],
    ['2028年2月', { startsOn: '2028-02-01', endsOn: '2028-02-29' }],
    ['2026年 1 至 3 月', { startsOn: '2026-01-01', endsOn: '2026-03-31' }],
  ])('%s → %o', (text, window) => {
    expect(parseWorkWindow(text)).toEqual(window);
  });

  it.each(['全年', '2026年6-1月', '2026年0-3月', '2026年1-13月'])('“%s” is no window', (text) => {
    expect(parseWorkWindow(text)).toBeNull();
  });
});

describe('牵头/负责部门: the first named leads', () => {
  it('reads “师资培养委员会 校企合作委员会 全体成员单位” (师资队伍建设)', () => {
    expect(parsePlanUnits('师资培养委员会 校企合作委员会 全体成员单位')).toEqual([
      { role: 'lead', kind: 'committee', name: '师资培养委员会' },
      { role: 'responsible', kind: 'committee', name: '校企合作委员会' },
      { role: 'responsible', kind: 'all_members', name: '全体成员单位' },
    ]);
  });

  it('reads “轮值主席单位 全体成员单位” (资源调研) and a named school', () => {
    expect(parsePlanUnits('轮值主席单位 全体成员单位').map((unit) => [unit.role, unit.kind])).toEqual([
      ['lead', 'chair_unit'],
      ['responsible', 'all_members'],
    ]);
    expect(parsePlanUnits('上海市曹杨职业技术学校')[0]).toEqual({ role: 'lead', kind: 'org', name: '上海市曹杨职业技术学校' });
  });
});

describe('late and due tasks (window 2026-01-01 … 2026-06-30, due within 30 days)', () => {
  const task = { startsOn: '2026-01-01', endsOn: '2026-06-30', done: false };
  it.each([
    ['2025-12-31', 'not_started'],
    ['2026-01-01', 'in_window'],
    ['2026-05-30', 'in_window'],
    ['2026-05-31', 'due'],
    ['2026-06-30', 'due'],
    ['2026-07-01', 'late'],
  ])('on %s it is %s (2026-05-31 is 30 days before the window closes)', (today, timing) => {
    expect(taskTiming(task, today, 30)).toBe(timing);
  });

  it('a finished task is never late, and days left turn negative after the window', () => {
    expect(taskTiming({ ...task, done: true }, '2026-09-01', 30)).toBe('done');
    expect(daysLeft(task, '2026-06-20')).toBe(10);
    expect(daysLeft(task, '2026-07-02')).toBe(-2);
  });
});

describe('the plan’s history records what a change did to a task (附件3 二, columns 类别 … 牵头/负责部门)', () => {
  const survey = {
    section: '一、资源共享',
    title: '启动“八市一区”职业教育资源调研',
    windowText: '2026年1-6月',
    content: '摸清各校专业、师资与实训资源',
    expectedOutcome: '形成资源数据库',
    unitsText: '轮值主席单位 全体成员单位',
  };

  it.each([
    ['a later window', { windowText: '2026年1-9月' }, [{ field: 'windowText', before: '2026年1-6月', after: '2026年1-9月' }]],
    [
      'a new lead unit and outcome, in the plan’s column order',
      { unitsText: '师资培养委员会 全体成员单位', expectedOutcome: '形成资源数据库与调研报告' },
      [
        { field: 'expectedOutcome', before: '形成资源数据库', after: '形成资源数据库与调研报告' },
        { field: 'unitsText', before: '轮值主席单位 全体成员单位', after: '师资培养委员会 全体成员单位' },
      ],
    ],
    ['nothing', {}, []],
  ])('an edit changing %s', (_what, edit, fields) => {
    expect(changedFields(survey, { ...survey, ...edit })).toEqual(fields);
  });

  it('an added task enters with every field, and nothing but the plan’s fields is compared', () => {
    expect(addedFields(survey).map((change) => [change.field, change.before])).toEqual([
      ['section', null],
      ['title', null],
      ['windowText', null],
      ['content', null],
      ['expectedOutcome', null],
      ['unitsText', null],
    ]);
    expect(taskFields({ ...survey, version: 3, year: 2026 } as typeof survey)).toEqual(survey);
  });
});
