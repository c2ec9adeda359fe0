import { describe, expect, it } from 'vitest';
import { translate } from '../../app/i18n';
import { NOTIFICATION_MESSAGES, type NotificationMessageKey } from './messages';
import { describeOffsets, fieldOfOffsetPath, offsetsOfRows, rowsOfOffsets } from './reminder-offsets';

const zh = (key: NotificationMessageKey, params?: Record<string, unknown>) => translate(NOTIFICATION_MESSAGES, 'zh-CN', key, params);
const en = (key: NotificationMessageKey, params?: Record<string, unknown>) => translate(NOTIFICATION_MESSAGES, 'en-US', key, params);

describe('reminder offsets as the page shows them', () => {
  it.each([
    { offsets: [7, 1, -1], zhText: '截止前 7 天、1 天；逾期 1 天', enText: '7 days, 1 day before the deadline; 1 day overdue' },
    { offsets: [30], zhText: '截止前 30 天', enText: '30 days before the deadline' },
    { offsets: [0], zhText: '截止当天', enText: 'on the day of the deadline' },
    {
      offsets: [-3, 14, 0, -1],
      zhText: '截止前 14 天；截止当天；逾期 1 天、3 天',
      enText: '14 days before the deadline; on the day of the deadline; 1 day, 3 days overdue',
    },
  ])('reads $offsets as “$zhText”', ({ offsets, zhText, enText }) => {
    expect(describeOffsets(offsets, zh)).toBe(zhText);
    expect(describeOffsets(offsets, en)).toBe(enText);
  });

  it('splits the stored list into days before (latest reminder last) and days overdue (first day late first)', () => {
    expect(rowsOfOffsets([-1, 7, 0, -5, 1, 7])).toEqual({ before: [7, 1, 0], overdue: [1, 5] });
  });

  it('sends the rows in the order shown, overdue days as negative, an empty row as missing', () => {
    expect(offsetsOfRows({ before: [14, null, 0], overdue: [2, undefined] })).toEqual([14, undefined, 0, -2, undefined]);
  });

  it('shows a problem with one offset under its row and a problem with the whole list under the summary', () => {
    const rows = { before: [7, 1], overdue: [1, 400] };
    expect(fieldOfOffsetPath('offsetsDays.1', rows)).toEqual(['before', 1]);
    expect(fieldOfOffsetPath('offsetsDays.3', rows)).toEqual(['overdue', 1]);
    expect(fieldOfOffsetPath('offsetsDays', rows)).toEqual(['offsetsDays']);
    expect(fieldOfOffsetPath('version', rows)).toEqual(['offsetsDays']);
  });
});
