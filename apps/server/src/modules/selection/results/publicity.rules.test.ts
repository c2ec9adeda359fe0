import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../../kernel/errors.js';
import { assertNoticeDates, publicityOver } from './publicity.rules.js';

const codeOf = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as DomainError).code;
  }
};

describe('通知 三.3 培育名单的公示: the notice’s dates', () => {
  it.each([
    ['a five-day period starting the day the notice is issued', '2026-06-25', '2026-06-25', '2026-06-29', null],
    ['a one-day period', '2026-06-25', '2026-06-26', '2026-06-26', null],
    ['a period ending before it starts', '2026-06-25', '2026-06-29', '2026-06-25', 'PUBLICITY_PERIOD_INVALID'],
    ['a period starting before the notice is issued', '2026-06-25', '2026-06-24', '2026-06-29', 'PUBLICITY_BEFORE_SIGNING'],
  ])('%s → %s', (_case, issuedOn, publicityFrom, publicityTo, code) => {
    expect(codeOf(() => assertNoticeDates({ issuedOn, publicityFrom, publicityTo }))).toBe(code);
  });

  it('names the field and both dates in the refusal', () => {
    try {
      assertNoticeDates({ issuedOn: '2026-06-25', publicityFrom: '2026-06-29', publicityTo: '2026-06-25' });
    } catch (error) {
      expect((error as DomainError).messageIn('zh-CN')).toBe('公示期结束日期 2026-06-25 早于开始日期 2026-06-29，请改正公示期');
      expect((error as DomainError).fields?.[0]?.path).toBe('notice.publicityTo');
    }
  });

  it.each([
    ['the day before the last day', '2026-06-28', false],
    ['the last day itself (objections still received)', '2026-06-29', false],
    ['the day after', '2026-06-30', true],
  ])('公示期 to 2026-06-29, today %s → over: %s', (_case, today, over) => {
    expect(publicityOver({ publicityTo: '2026-06-29' }, today)).toBe(over);
  });
});
