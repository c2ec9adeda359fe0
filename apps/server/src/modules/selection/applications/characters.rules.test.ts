import { DEFAULT_TEXT_LIMITS, RECOMMENDATION_TEXT_FIELDS } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { characterCount, textsOverLimit, withinLimit } from './characters.rules.js';

const han = (count: number) => '产'.repeat(count);

describe('characters are Unicode code points (docs/sources.md 5.1)', () => {
  it.each([
    ['Chinese', '产教融合', 4],
    ['mixed Chinese, Latin and digits', 'AI赋能2026年', 9],
    ['punctuation and spaces', '一、二 三。', 6],
    ['a character outside the BMP (𠮷, 2 UTF-16 units)', '𠮷野家', 3],
    ['an emoji', '👍', 1],
    ['an emoji with a skin tone (👍 + 🏽)', '👍🏽', 2],
    ['a family joined by zero-width joiners', '👨‍👩‍👧', 5],
    ['a line break', '第一段\n第二段', 7],
    ['a Windows line break', '第一段\r\n第二段', 8],
    ['a decomposed accent (e + ́)', 'e\u0301', 2],
    ['nothing', '', 0],
  ])('%s: %j counts %i', (_case, text, count) => {
    expect(characterCount(text)).toBe(count);
  });
});

describe('推荐书: limits include their number (不超过 / 以内, 民法典第一千二百五十九条)', () => {
  it.each([
    ['推荐书 1 产业园区主导产业情况 (不超过200字)', 'parkLeadingIndustries', 200],
    ['推荐书 1 支持职业教育政策及落实情况 (不超过500字)', 'localPolicies', 500],
    ['推荐书 3 教师教学团队获国家级奖励情况 (不超过100字)', 'teachingTeamAwards', 100],
    ['推荐书 3 人才供需信息平台 (不超过200字)', 'talentPlatform', 200],
    ['推荐书 3 新方法、新技术、新工艺、新标准 (不超过200字)', 'newPractices', 200],
    ['推荐书 3 职业院校技能大赛获奖情况 (不超过100字)', 'skillsCompetitionAwards', 100],
    ['推荐书 4 建设规划和建设内容 (2500字以内)', 'constructionPlan', 2500],
    ['推荐书 5 特色与创新 (1000字以内)', 'featuresAndInnovation', 1000],
  ] as const)('%s', (_case, field, limit) => {
    expect(DEFAULT_TEXT_LIMITS[field]).toBe(limit);
    expect(RECOMMENDATION_TEXT_FIELDS[field].limit).toBe(limit);
    expect(withinLimit(han(limit), limit)).toBe(true);
    expect(withinLimit(han(limit + 1), limit)).toBe(false);
  });

  it.each([
    ['199 汉字 and one emoji with a skin tone is 201', `${han(199)}👍🏽`, false],
    ['199 汉字 and one plain emoji is 200', `${han(199)}👍`, true],
    ['200 characters outside the BMP are 200, not 400', '𠮷'.repeat(200), true],
  ])('推荐书 1 主导产业 ≤ 200: %s', (_case, text, within) => {
    expect(withinLimit(text, 200)).toBe(within);
  });
});

describe('推荐书: every text over its limit is reported with its section and count', () => {
  it('names the field, the cell of a two-year row and the count', () => {
    const problems = textsOverLimit(
      {
        parkLeadingIndustries: han(200),
        localPolicies: han(501),
        talentPlatform: [han(200), han(230)],
        constructionPlan: null,
        featuresAndInnovation: `${han(999)}👍🏽`,
      },
      DEFAULT_TEXT_LIMITS,
    );
    expect(problems).toEqual([
      { field: 'localPolicies', cell: null, section: '1', limit: 500, count: 501 },
      { field: 'talentPlatform', cell: 1, section: '3', limit: 200, count: 230 },
      { field: 'featuresAndInnovation', cell: null, section: '5', limit: 1000, count: 1001 },
    ]);
  });

  it('uses the call’s own limits when it sets them', () => {
    const limits = { ...DEFAULT_TEXT_LIMITS, constructionPlan: 3000 };
    expect(textsOverLimit({ constructionPlan: han(2800) }, limits)).toEqual([]);
    expect(textsOverLimit({ constructionPlan: han(2800) }, DEFAULT_TEXT_LIMITS)).toHaveLength(1);
  });
});
