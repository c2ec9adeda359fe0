import { describe, expect, it } from 'vitest';
import { hasVisibleCharacter, optionalText, requiredText, ZIsoDate } from './common.js';

const firstMessage = (result: { success: boolean; error?: { issues: { message: string; params?: unknown }[] } }) => result.error?.issues[0];

describe('names must show something (zero-width and filler characters alone name nothing)', () => {
  it.each([
    ['曹杨职校', true],
    ['\u200b曹杨', true],
    ['A\u0301', true],
    ['😀', true],
    ['\u200b\u200c\u200d', false],
    ['\ufeff\u2060', false],
    ['\u3164', false],
    ['\uffa0\u115f', false],
    ['\u2800\u2800', false],
    ['\u00ad', false],
    ['\u202e\u202c', false],
    ['\u0301', false],
    ['\u3000\u00a0', false],
  ])('%j → visible %s', (text, expected) => expect(hasVisibleCharacter(text)).toBe(expected));

  it('refuses such text in a required or optional field, and still lets an optional one be left empty', () => {
    expect(firstMessage(requiredText(40).safeParse('\u200b\u3164'))).toMatchObject({ params: { i18n: 'NOT_VISIBLE' } });
    expect(firstMessage(optionalText(40).safeParse('\u2800'))).toMatchObject({ params: { i18n: 'NOT_VISIBLE' } });
    expect(optionalText(40).safeParse('  ')).toMatchObject({ success: true, data: undefined });
    expect(requiredText(40).safeParse(' 沿沪宁联盟 ')).toMatchObject({ success: true, data: '沿沪宁联盟' });
  });
});

describe('dates from 1900-01-01 to 2100-12-31', () => {
  it.each([
    ['1900-01-01', true],
    ['2026-12-06', true],
    ['2100-12-31', true],
    ['1899-12-31', false],
    ['0226-05-01', false],
    ['2101-01-01', false],
  ])('%s → accepted %s', (date, accepted) => {
    const result = ZIsoDate.safeParse(date);
    expect(result.success).toBe(accepted);
    if (!accepted) expect(firstMessage(result)).toMatchObject({ params: { i18n: 'DATE_RANGE', from: '1900-01-01', to: '2100-12-31' } });
  });

  it('gives a date written another way only the format message', () => {
    expect(ZIsoDate.safeParse('7月1日').error?.issues.map((issue) => issue.message)).toEqual(['i18n:DATE_FORMAT']);
  });
});
