import { describe, expect, it } from 'vitest';
import { DATE_TEXT_FORMATS, parseDateText } from './date-text';

describe('dates as people type them', () => {
  it.each([
    ['the API’s form', '2026-05-20', '2026-05-20'],
    ['dashes without zeros', '2026-5-20', '2026-05-20'],
    ['slashes', '2026/5/20', '2026-05-20'],
    ['slashes with zeros', '2026/05/08', '2026-05-08'],
    ['dots', '2026.5.20', '2026-05-20'],
    ['dots, one-digit day', '2026.12.1', '2026-12-01'],
    ['年月日', '2026年5月20日', '2026-05-20'],
    ['年月日 with zeros', '2026年05月08日', '2026-05-08'],
    ['a leap day', '2028年2月29日', '2028-02-29'],
  ])('%s: %s → %s', (_name, text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it.each([
    ['no such day', '2026-02-30'],
    ['no leap day in 2026', '2026年2月29日'],
    ['no 13th month', '2026/13/1'],
    ['a missing 日', '2026年5月20'],
    ['day before month', '20/05/2026'],
    ['mixed separators', '2026-5/20'],
    ['words', '明天'],
    ['nothing', ''],
  ])('%s: %j is no date', (_name, text) => {
    expect(parseDateText(text)).toBeNull();
  });

  it('shows and sends the API’s form first', () => {
    expect(DATE_TEXT_FORMATS[0]).toBe('YYYY-MM-DD');
  });
});
