/**
 * Dates as people in China type them — 2026-05-20, 2026/5/20, 2026.5.20, 2026年5月20日 — read into the API's
 * YYYY-MM-DD. The date picker parses typed text with exactly these formats (strictly, so 2026-02-30 is no date),
 * and this function is the same reading for code and tests.
 */
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

/** The API's form, and the one the picker shows. */
export const API_DATE_FORMAT = 'YYYY-MM-DD';

const MONTHS = ['MM', 'M'];
const DAYS = ['DD', 'D'];
const LAYOUTS = [
  (m: string, d: string) => `YYYY-${m}-${d}`,
  (m: string, d: string) => `YYYY/${m}/${d}`,
  (m: string, d: string) => `YYYY.${m}.${d}`,
  (m: string, d: string) => `YYYY年${m}月${d}日`,
];

/** Every format typed text may have, the API's first: a month or day with or without its leading zero. */
export const DATE_TEXT_FORMATS: string[] = [
  ...new Set(LAYOUTS.flatMap((layout) => MONTHS.flatMap((month) => DAYS.map((day) => layout(month, day))))),
];

/** The date the text names, as YYYY-MM-DD; `null` when it names none (a wrong day, another form, no text). */
export function parseDateText(text: string): string | null {
  for (const format of DATE_TEXT_FORMATS) {
    const date = dayjs(text, format, true);
    if (date.isValid()) return date.format(API_DATE_FORMAT);
  }
  return null;
}
