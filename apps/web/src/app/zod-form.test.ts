import { ZAttendanceInput } from '@chanjiao/contracts/governance/meetings';
import { ZOrgInput } from '@chanjiao/contracts/organizations';
import { describeIssue } from '@chanjiao/contracts/validation-issues';
import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import { ZRegistrationInput } from '@chanjiao/contracts/governance/activities';
import { fieldMessages, listLabels, requiredBySchema, zodFieldRule } from './zod-form';

/** Runs a field's rule the way antd does, against a form holding `values`. */
async function check(schema: Parameters<typeof zodFieldRule>[0], name: (string | number)[], values: unknown, options = {}) {
  const form = { getFieldsValue: () => values } as unknown as FormInstance;
  const rule = zodFieldRule(schema, name, 'zh-CN', options);
  const { validator } = typeof rule === 'function' ? rule(form) : rule;
  return Promise.resolve(validator!({}, undefined, () => undefined)).then(
    () => null,
    (error: Error) => error.message,
  );
}

const validOrg = { name: '上海曹杨职业技术学校', type: 'secondary_vocational', regionCode: '310107' };

describe('zod issues as antd field errors', () => {
  it('shows under a field the message the server would send for it, naming the field', async () => {
    const bad = { ...validOrg, uscc: '91310000MA1FL8XQ30' };
    const server = ZOrgInput.safeParse(bad, { reportInput: true }).error!.issues.map((issue) => describeIssue(issue, 'zh-CN'));
    expect(await check(ZOrgInput, ['uscc'], bad)).toBe(server[0]);
    expect(server[0]).toMatch(/^『统一社会信用代码』/);
    expect(await check(ZOrgInput, ['name'], bad)).toBeNull();
  });

  it('asks for a missing required field or option and says nothing once it is valid', async () => {
    expect(await check(ZOrgInput, ['name'], { ...validOrg, name: undefined })).toBe('『名称』必填，请填写');
    expect(await check(ZOrgInput, ['type'], { ...validOrg, type: undefined })).toBe('『类型』必填，请填写');
    expect(await check(ZOrgInput, ['name'], validOrg)).toBeNull();
  });

  it('maps nested list paths to antd names (entries.1.status) and only to that row', async () => {
    const orgId = '4f8c2a7e-3b1d-4c5e-9f60-7a8b9c0d1e2f';
    const values = {
      entries: [
        { orgId, status: 'present' },
        { orgId, status: 'asleep' },
      ],
    };
    expect(await check(ZAttendanceInput, ['entries', 1, 'status'], values)).toMatch(/^『.+』/);
    expect(await check(ZAttendanceInput, ['entries', 0, 'status'], values)).toBeNull();
  });

  it('validates the request body the values become, and names fields the way the form does', async () => {
    const toPayload = (values: { region?: string[] }) => ({ ...validOrg, regionCode: values.region?.at(-1) });
    const nameOf = (path: string) => (path === 'regionCode' ? ['region'] : [path]);
    expect(await check(ZOrgInput, ['region'], { region: ['31', '3101'] }, { toPayload, nameOf })).toMatch(/^『所在地区』/);
    expect(await check(ZOrgInput, ['region'], { region: ['31', '3101', '310107'] }, { toPayload, nameOf })).toBeNull();
  });

  it('answers in the user’s language', () => {
    const issues = ZOrgInput.safeParse({ ...validOrg, name: '' }).error!.issues;
    expect(fieldMessages(issues, 'en-US').get('name')?.[0]).toMatch(/^“Name”: /);
  });

  it('marks a field required when its schema refuses an absent value', () => {
    expect(requiredBySchema(ZOrgInput, ['name'])).toBe(true);
    expect(requiredBySchema(ZOrgInput, ['shortName'])).toBe(false);
    expect(requiredBySchema(ZOrgInput, ['level'])).toBe(false);
    expect(requiredBySchema(ZAttendanceInput, ['entries', 0, 'status'])).toBe(true);
    expect(requiredBySchema(ZAttendanceInput, ['entries', 0, 'representativeName'])).toBe(false);
  });
});

describe('a form names its fields in its messages (安排会议: 会议名称, 会议日期)', () => {
  it('names an empty meeting title and date, the title as the form calls it', async () => {
    const { ZMeetingInput } = await import('@chanjiao/contracts/governance/meetings');
    const result = ZMeetingInput.safeParse({ title: ' ' }, { reportInput: true });
    expect(result.success).toBe(false);
    const messages = fieldMessages(result.error!.issues, 'zh-CN', undefined, { title: '会议名称' });
    expect(messages.get('title')?.[0]).toMatch(/^『会议名称』/);
    expect(messages.get('heldOn')?.[0]).toMatch(/^『会议日期』/);
    expect([...messages.values()].flat().join()).not.toContain('此项');
  });
});

describe('labels of a list’s rows', () => {
  it('names each row’s field as the form shows it, not by the platform’s usual name for the key', async () => {
    const labels = listLabels('participants', 2, { title: '职务', phone: '联系电话' });
    expect(labels).toEqual({
      'participants.0.title': '职务',
      'participants.0.phone': '联系电话',
      'participants.1.title': '职务',
      'participants.1.phone': '联系电话',
    });
    const values = {
      orgId: '4f8c2a7e-3b1d-4c5e-9f60-7a8b9c0d1e2f',
      participants: [
        { name: '王老师', title: '教师', phone: '13800000000' },
        { name: '李老师', phone: '13800000001' },
      ],
    };
    expect(await check(ZRegistrationInput, ['participants', 1, 'title'], values, { labels })).toMatch(/^『职务』/);
    expect(await check(ZRegistrationInput, ['participants', 0, 'title'], values, { labels })).toBeNull();
  });
});
