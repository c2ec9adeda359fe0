import { describe, expect, it } from 'vitest';
import { defineMessages, translate } from './i18n';

describe('message tables', () => {
  const table = defineMessages({ total: ['共 {total} 个组织', '{total} organisations'], plain: ['退出', 'Sign out'] });

  it('give each key in both languages and fill the placeholders', () => {
    expect(translate(table, 'zh-CN', 'total', { total: 110 })).toBe('共 110 个组织');
    expect(translate(table, 'en-US', 'total', { total: 110 })).toBe('110 organisations');
    expect(translate(table, 'en-US', 'plain')).toBe('Sign out');
  });

  it('leave a placeholder visible when its value is missing, rather than printing "undefined"', () => {
    expect(translate(table, 'zh-CN', 'total')).toBe('共 {total} 个组织');
  });
});
