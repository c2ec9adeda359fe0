import type { TSuggestionSource } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { exchangeSuggestions } from './suggestions.rules.js';

// docs/sources.md §9 R5 (倡议书 三 师资互派、职业体验互动): "totals per member and year feed the quality report's 教师队伍 and
// 社会服务 figures" — each figure goes to its field with the agreements that make it up.
const source = (role: TSuggestionSource['role'], extra: Partial<TSuggestionSource> = {}): TSuggestionSource => ({
  agreementId: `${role}-1`,
  kind: role === 'hosted' ? 'experience' : 'teacher',
  role,
  counterpart: '南京浦口中等专业学校',
  body: '沿沪宁产业创新带职业院校联盟',
  startsOn: '2026-04-13',
  endsOn: '2026-04-17',
  days: 5,
  hours: 32.5,
  participants: null,
  ...extra,
});
const totals = {
  teacherDaysSent: 5,
  teacherHoursSent: 32.5,
  teacherDaysReceived: 0,
  teacherHoursReceived: 0,
  experienceActivities: 2,
  experienceParticipants: 76,
};

describe('exchange figures offered to the report’s fields', () => {
  it.each([
    ['teachers.exchangeDaysSent', 5, ['sent']],
    ['teachers.exchangeHoursSent', 32.5, ['sent']],
    ['service.experienceActivities', 2, ['hosted', 'hosted']],
    ['service.experienceParticipants', 76, ['hosted', 'hosted']],
  ])('%s takes %d from its agreements', (path, value, roles) => {
    const items = exchangeSuggestions({
      totals,
      sources: [source('sent'), source('hosted', { participants: 38 }), source('hosted', { agreementId: 'hosted-2', participants: 38 })],
    });
    expect(items.find((i) => i.path === path)).toMatchObject({ value, sources: roles.map((role) => ({ role })) });
  });

  it('offers nothing for a field no agreement counts towards, nor anything at all without agreements', () => {
    const items = exchangeSuggestions({ totals, sources: [source('sent')] });
    expect(items.map((i) => i.path)).toEqual(['teachers.exchangeDaysSent', 'teachers.exchangeHoursSent']);
    expect(exchangeSuggestions({ totals: { ...totals, teacherDaysSent: 0 }, sources: [] })).toEqual([]);
  });

  it('keeps two decimals of hours added up in floating point', () => {
    const [, hours] = exchangeSuggestions({ totals: { ...totals, teacherHoursSent: 0.1 + 0.2 }, sources: [source('sent')] });
    expect(hours).toMatchObject({ path: 'teachers.exchangeHoursSent', value: 0.3 });
  });
});
