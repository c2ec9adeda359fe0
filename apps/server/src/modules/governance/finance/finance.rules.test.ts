import { describe, expect, it } from 'vitest';
import { budgetExecution, categoryFits, executionRate, formatYuan, parseYuan, sumFen, yearBalances } from './finance.rules.js';

describe('元 ↔ 分 without floats (docs/sources.md 5.1: amounts in 元 with 2 decimals, stored as integer 分)', () => {
  it.each<[string, number | null]>([
    ['0', 0],
    ['12000', 1_200_000],
    ['3650.5', 365_050],
    ['3650.50', 365_050],
    ['0.1', 10],
    ['0.29', 29],
    ['1.005', null],
    ['-5', null],
    ['1,000', null],
    ['12.', null],
    ['', null],
    ['99999999999.99', 9_999_999_999_999],
  ])('%j → %s 分', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  it('adds 0.1 元 and 0.2 元 to exactly 0.30 元', () => {
    expect(formatYuan(sumFen([parseYuan('0.1')!, parseYuan('0.2')!]))).toBe('0.30');
  });

  it.each<[number, boolean, string]>([
    [0, true, '0.00'],
    [5, true, '0.05'],
    [365_050, true, '3,650.50'],
    [123_456_789, true, '1,234,567.89'],
    [123_456_789, false, '1234567.89'],
    [-2_000, true, '-20.00'],
  ])('%d 分 → %s', (fen, grouping, text) => {
    expect(formatYuan(fen, grouping)).toBe(text);
  });
});

describe('章程第二十二、二十三条: income by the five sources, expenses by purpose', () => {
  it.each<['income' | 'expense', string, boolean]>([
    ['income', 'chair_unit_support', true],
    ['income', 'public_funding', true],
    ['income', 'service_income', true],
    ['income', 'member_support', true],
    ['income', 'other_income', true],
    ['income', 'activities', false],
    ['expense', 'secretariat_office', true],
    ['expense', 'cooperation_projects', true],
    ['expense', 'member_support', false],
  ])('%s / %s fits: %s', (kind, category, fits) => {
    expect(categoryFits(kind, category)).toBe(fits);
  });
});

describe('章程第二十四条: the approved budget against the ledger', () => {
  it.each<[number, number, string | null]>([
    [0, 100_000, '0.0%'],
    [85_333, 100_000, '85.3%'],
    // One decimal is kept, rounded half up: 85.335% → 85.3%, 85.35% → 85.4%.
    [85_335, 100_000, '85.3%'],
    [85_350, 100_000, '85.4%'],
    [100_000, 100_000, '100.0%'],
    [125_000, 100_000, '125.0%'],
    [1, 3, '33.3%'],
    [2, 3, '66.7%'],
    [50_000, 0, null],
  ])('actual %d of budget %d → %s', (actual, budget, rate) => {
    expect(executionRate(actual, budget)).toBe(rate);
  });

  it('lists every category of budget or ledger in the order of the charter and flags overspending', () => {
    const budget = [
      { kind: 'income' as const, category: 'chair_unit_support', amountFen: 5_000_000 },
      { kind: 'expense' as const, category: 'activities', amountFen: 3_000_000 },
      { kind: 'expense' as const, category: 'secretariat_office', amountFen: 500_000 },
    ];
    const actual = [
      { kind: 'expense' as const, category: 'secretariat_office', amountFen: 620_000 },
      { kind: 'income' as const, category: 'chair_unit_support', amountFen: 6_000_000 },
      { kind: 'income' as const, category: 'public_funding', amountFen: 1_000_000 },
      { kind: 'expense' as const, category: 'activities', amountFen: 1_800_000 },
      { kind: 'expense' as const, category: 'activities', amountFen: 900_000 },
    ];
    expect(budgetExecution(budget, actual)).toEqual([
      {
        kind: 'income',
        category: 'chair_unit_support',
        budgetFen: 5_000_000,
        actualFen: 6_000_000,
        varianceFen: 1_000_000,
        rate: '120.0%',
        overspent: false,
      },
      {
        kind: 'income',
        category: 'public_funding',
        budgetFen: 0,
        actualFen: 1_000_000,
        varianceFen: 1_000_000,
        rate: null,
        overspent: false,
      },
      {
        kind: 'expense',
        category: 'secretariat_office',
        budgetFen: 500_000,
        actualFen: 620_000,
        varianceFen: 120_000,
        rate: '124.0%',
        overspent: true,
      },
      {
        kind: 'expense',
        category: 'activities',
        budgetFen: 3_000_000,
        actualFen: 2_700_000,
        varianceFen: -300_000,
        rate: '90.0%',
        overspent: false,
      },
    ]);
  });
});

describe('章程第二十五条: the year’s balances', () => {
  it('carries the opening balance through income and expenses to the closing balance', () => {
    const entries = [
      { kind: 'income' as const, category: 'chair_unit_support', amountFen: 5_000_000 },
      { kind: 'expense' as const, category: 'activities', amountFen: 3_650_050 },
      { kind: 'expense' as const, category: 'secretariat_office', amountFen: 49_950 },
    ];
    expect(yearBalances(120_000, entries)).toEqual({
      openingFen: 120_000,
      incomeFen: 5_000_000,
      expenseFen: 3_700_000,
      closingFen: 1_420_000,
    });
  });
});
