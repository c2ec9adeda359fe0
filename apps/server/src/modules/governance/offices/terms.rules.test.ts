import { DEFAULT_CHARTER_PARAMETERS, DEFAULT_GOVERNANCE_REMINDERS } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { type Appointment, currentTermStatus, termEndsOn } from './terms.rules.js';

const appointed = (...entries: [string, string][]): Appointment[] => entries.map(([holderId, startOn]) => ({ holderId, startOn }));

describe('章程第十四条: 主任、副主任 任期2年 (counted as a period, 民法典第二百零一、二百零二条)', () => {
  it.each([
    ['2026-01-10', '2028-01-10'],
    ['2028-02-29', '2030-02-28'],
    ['2025-12-12', '2027-12-12'],
  ])('a term from %s ends on %s', (startOn, endsOn) => {
    expect(termEndsOn(startOn, DEFAULT_CHARTER_PARAMETERS)).toBe(endsOn);
  });

  it('reads the term from the charter parameters', () => {
    expect(termEndsOn('2026-01-10', { committeeTerm: { years: 3 } })).toBe('2029-01-10');
  });
});

describe('章程第十四条: the secretariat is reminded 60 days before a term ends', () => {
  const post = appointed(['org-a', '2026-01-10']);
  it.each([
    ['before the appointment', '2026-01-09', 'not_started'],
    ['during the term', '2027-11-10', 'active'],
    ['60 days before the last day', '2027-11-11', 'reminder_due'],
    ['on the last day', '2028-01-10', 'reminder_due'],
    ['after the last day', '2028-01-11', 'ended'],
  ])('%s (%s) → %s', (_case, today, state) => {
    const status = currentTermStatus(post, today, DEFAULT_CHARTER_PARAMETERS, DEFAULT_GOVERNANCE_REMINDERS);
    expect(status).toMatchObject({ endsOn: '2028-01-10', reminderOn: '2027-11-11', state });
  });

  it('takes the number of days as a setting', () => {
    const status = currentTermStatus(post, '2027-12-10', DEFAULT_CHARTER_PARAMETERS, { committeeTermDaysBefore: 30 });
    expect(status).toMatchObject({ reminderOn: '2027-12-11', state: 'active' });
  });

  it('says what it computed', () => {
    const status = currentTermStatus(post, '2027-11-11', DEFAULT_CHARTER_PARAMETERS, DEFAULT_GOVERNANCE_REMINDERS);
    expect(status?.explanation['zh-CN']).toBe(
      '第 1 个任期（连任 0 次）：2026-01-10 起，2028-01-10 届满；2027-11-11 起提醒换届（届满前 60 天）；可连任',
    );
  });
});

describe('章程第十四条 可连任: consecutive terms of the same holder are counted', () => {
  it.each([
    ['a first term', appointed(['a', '2026-01-10']), '2026-06-01', 1, 'a'],
    ['a renewal', appointed(['a', '2026-01-10'], ['a', '2028-01-11']), '2028-06-01', 2, 'a'],
    ['two renewals, listed out of order', appointed(['a', '2030-01-12'], ['a', '2026-01-10'], ['a', '2028-01-11']), '2030-06-01', 3, 'a'],
    ['a new holder starts at term 1', appointed(['a', '2026-01-10'], ['b', '2028-01-11']), '2028-06-01', 1, 'b'],
    [
      'returning after another holder is not a renewal',
      appointed(['a', '2026-01-10'], ['b', '2028-01-11'], ['a', '2030-01-12']),
      '2030-06-01',
      1,
      'a',
    ],
    ['a future appointment does not count yet', appointed(['a', '2026-01-10'], ['a', '2028-01-11']), '2027-06-01', 1, 'a'],
  ])('%s', (_case, appointments, today, termNumber, holderId) => {
    const status = currentTermStatus(appointments, today, DEFAULT_CHARTER_PARAMETERS, DEFAULT_GOVERNANCE_REMINDERS);
    expect(status).toMatchObject({ termNumber, renewals: termNumber - 1, holderId });
  });

  it.each([
    ['no limit in the seed charter', null, true],
    ['a limit of one renewal, already used', 1, false],
    ['a limit of two renewals, one used', 2, true],
  ])('%s → may renew: %s', (_case, limit, mayRenew) => {
    const status = currentTermStatus(
      appointed(['a', '2026-01-10'], ['a', '2028-01-11']),
      '2029-12-01',
      { ...DEFAULT_CHARTER_PARAMETERS, committeeTermRenewalLimit: limit },
      DEFAULT_GOVERNANCE_REMINDERS,
    );
    expect(status?.mayRenew).toBe(mayRenew);
  });

  it('has nothing to say about a post never filled', () => {
    expect(currentTermStatus([], '2026-06-01', DEFAULT_CHARTER_PARAMETERS, DEFAULT_GOVERNANCE_REMINDERS)).toBeNull();
  });
});
