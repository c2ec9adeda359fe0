import { describe, expect, it } from 'vitest';
import { enterpriseFigures, figuresFor, figureYears, type OfferFacts, personMonths, placesLeft, ratioPercent } from './placements.rules.js';

// 连教职函〔2026〕6号 附件1（推荐书 三、办学成效和服务能力）: “教师企业实践 人月”, “联合体内企业为学生提供实习实训量（人月）”,
// “联合体内企业设立学徒岗位占岗位总量的比例 (%)”; 指标4.6 “企业按岗位总量一定比例设立岗位，接受学生来企实习实训和教师岗位实践”.
describe('人月: people × months', () => {
  it.each([
    { people: 20, months: 6, expected: 120 },
    { people: 3, months: 0.5, expected: 1.5 },
    { people: 7, months: 1.5, expected: 10.5 },
    { people: 1, months: 36, expected: 36 },
  ])('$people people for $months months are $expected 人月', ({ people, months, expected }) => {
    expect(personMonths(people, months)).toBe(expected);
  });
});

describe('学徒岗位占岗位总量的比例: places ÷ headcount of the job list × 100, one decimal half up', () => {
  it.each([
    { apprentices: 6, headcount: 40, expected: 15 },
    { apprentices: 1, headcount: 3, expected: 33.3 },
    { apprentices: 2, headcount: 3, expected: 66.7 },
    { apprentices: 1, headcount: 8, expected: 12.5 },
    { apprentices: 1, headcount: 16, expected: 6.3 },
    { apprentices: 0, headcount: 12, expected: 0 },
    { apprentices: 4, headcount: 0, expected: null },
  ])('$apprentices of $headcount → $expected', ({ apprentices, headcount, expected }) => {
    expect(ratioPercent(apprentices, headcount)).toBe(expected);
  });
});

describe('the figures of a year, per consortium and per enterprise', () => {
  const offers: OfferFacts[] = [
    {
      orgId: 'a',
      kind: 'internship',
      places: 30,
      year: 2025,
      takeUps: [
        { students: 20, months: 6 },
        { students: 5, months: 0.5 },
      ],
    },
    { orgId: 'a', kind: 'apprenticeship', places: 6, year: 2025, takeUps: [{ students: 6, months: 12 }] },
    { orgId: 'b', kind: 'apprenticeship', places: 2, year: 2025, takeUps: [] },
    { orgId: 'b', kind: 'internship', places: 10, year: 2026, takeUps: [{ students: 10, months: 3 }] },
  ];
  const practices = [
    { enterpriseOrgId: 'a', teachers: 4, months: 1, year: 2025 },
    { enterpriseOrgId: 'b', teachers: 3, months: 0.5, year: 2025 },
    { enterpriseOrgId: 'b', teachers: 2, months: 2, year: 2026 },
  ];
  const jobs = [
    { orgId: 'a', headcount: 40 },
    { orgId: 'b', headcount: 24 },
  ];

  it('adds every take-up of the year, apprentices included, and counts the ratio against the whole job list', () => {
    expect(figuresFor(2025, offers, practices, jobs)).toEqual({
      year: 2025,
      internshipPersonMonths: 194.5,
      teacherPersonMonths: 5.5,
      apprenticePlaces: 8,
      jobHeadcount: 64,
      apprenticeRatio: 12.5,
    });
    expect(figuresFor(2026, offers, practices, jobs)).toMatchObject({
      internshipPersonMonths: 30,
      teacherPersonMonths: 4,
      apprenticeRatio: 0,
    });
  });

  it('keeps an enterprise to its own offers, the practice in it and its positions', () => {
    expect(enterpriseFigures('a', 2025, offers, practices, jobs)).toMatchObject({
      internshipPersonMonths: 194.5,
      teacherPersonMonths: 4,
      apprenticePlaces: 6,
      jobHeadcount: 40,
      apprenticeRatio: 15,
    });
    expect(enterpriseFigures('b', 2025, offers, practices, jobs)).toMatchObject({ apprenticePlaces: 2, apprenticeRatio: 8.3 });
    expect(enterpriseFigures('c', 2025, offers, practices, [])).toMatchObject({ apprenticeRatio: null, internshipPersonMonths: 0 });
  });

  it('shows the form’s years and every year a record starts in', () => {
    expect(figureYears([2025, 2026], offers, [{ enterpriseOrgId: 'a', teachers: 1, months: 1, year: 2024 }])).toEqual([2024, 2025, 2026]);
  });

  it('counts the places left of an offer, never below none', () => {
    expect(placesLeft(30, 25)).toBe(5);
    expect(placesLeft(6, 6)).toBe(0);
  });
});
