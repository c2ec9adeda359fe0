/** Every kind renders in both languages from its example parameters, and its templates use only its parameters. */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n.js';
import { NOTIFICATION_KIND_NAMES, notificationKindOf, renderNotification } from './catalog.js';
import { templatePlaceholders } from './kind-definition.js';

describe.each(NOTIFICATION_KIND_NAMES)('the kind %s', (kind) => {
  const definition = notificationKindOf(kind);

  it('has an example its parameter schema accepts', () => {
    expect(definition.params.safeParse(definition.example).success).toBe(true);
  });

  it.each(LOCALES)('renders in %s with every placeholder filled', (locale) => {
    const rendered = renderNotification(kind, definition.example, locale);
    for (const text of [rendered.title, rendered.body]) {
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toContain('[object Object]');
      expect(text.length).toBeGreaterThan(3);
    }
  });

  it('uses only the parameters it declares, and the same ones in both languages', () => {
    const declared = Object.keys(definition.params.shape);
    for (const template of [definition.title, definition.body]) {
      const zh = new Set(templatePlaceholders(template['zh-CN']));
      const en = new Set(templatePlaceholders(template['en-US']));
      expect([...zh].filter((name) => !declared.includes(name))).toEqual([]);
      expect(zh).toEqual(en);
    }
  });

  it('belongs to the module its name starts with', () => {
    expect(kind.split('.')[0]).toBe(definition.module);
  });
});

it('renders a bilingual parameter in the reader’s language', () => {
  const params = { role: { 'zh-CN': '联络员', 'en-US': 'Liaison' }, scope: { 'zh-CN': '曹杨职校', 'en-US': 'Caoyang' } };
  expect(renderNotification('accounts.role_granted', params, 'zh-CN').title).toBe('您获得了角色：联络员');
  expect(renderNotification('accounts.role_granted', params, 'en-US').title).toBe('You were given the role Liaison');
});

it('renders the meeting notice as the member reads it', () => {
  const rendered = renderNotification(
    'governance.meeting_convened',
    {
      bodyName: '沿沪宁产业创新带职业院校联盟',
      meetingTitle: '2026年度校长联席会议',
      heldOn: '2026-12-20',
      location: '曹杨职校',
      agenda: '审议2027年工作计划',
    },
    'zh-CN',
  );
  expect(rendered).toEqual({
    title: '沿沪宁产业创新带职业院校联盟召开2026年度校长联席会议',
    body: '会议定于 2026-12-20 在曹杨职校举行。议题：审议2027年工作计划。请安排本单位代表出席，不能出席的请向秘书处请假。',
  });
});
