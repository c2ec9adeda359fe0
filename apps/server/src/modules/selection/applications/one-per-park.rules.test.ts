import { DEFAULT_CALL_LIMITS } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../kernel/errors.js';
import { applicationsOfPark, assertParkHasRoom, type ParkApplication } from './one-per-park.rules.js';

const existing: ParkApplication[] = [
  { applicationId: 'app-1', name: '连云港石化产业市域产教联合体', park: { orgId: 'park-1', name: '连云港石化产业基地' } },
  { applicationId: 'app-2', name: '连云港医药产业市域产教联合体', park: { name: '连云港经济技术开发区（医药产业园）' } },
];

const candidate = (park: ParkApplication['park'], applicationId = 'app-new'): ParkApplication => ({
  applicationId,
  name: '新申报联合体',
  park,
});

describe('通知 三.1: 原则上每个产业园区申报不超过1家', () => {
  it.each([
    ['the same park by organisation id', candidate({ orgId: 'park-1', name: '石化基地' }), ['app-1']],
    ['the same park by name, the candidate without an id', candidate({ name: '连云港石化产业基地' }), ['app-1']],
    ['the same park by name in full-width brackets and spaces', candidate({ name: '连云港经济技术开发区 (医药产业园)' }), ['app-2']],
    ['different ids win over equal names', candidate({ orgId: 'park-9', name: '连云港石化产业基地' }), []],
    ['another park', candidate({ name: '徐圩新区' }), []],
    ['an application is not its own duplicate', candidate({ orgId: 'park-1', name: '连云港石化产业基地' }, 'app-1'), []],
  ])('%s', (_case, application, found) => {
    expect(applicationsOfPark(application, existing).map((other) => other.applicationId)).toEqual(found);
  });

  it('refuses a second application for the park and names the first', () => {
    const second = () => assertParkHasRoom(candidate({ orgId: 'park-1', name: '连云港石化产业基地' }), existing, DEFAULT_CALL_LIMITS);
    expect(second).toThrow(DomainError);
    try {
      second();
    } catch (error) {
      expect((error as DomainError).code).toBe('PARK_ALREADY_APPLIED');
      expect((error as DomainError).messageIn('zh-CN')).toBe(
        '依托园区“连云港石化产业基地”在本次遴选中已有申报“连云港石化产业市域产教联合体”，每个产业园区限报 1 家；请与该申报的牵头单位协调，或更换依托园区',
      );
    }
  });

  it.each([
    ['another park has room', candidate({ name: '徐圩新区' }), DEFAULT_CALL_LIMITS, false],
    [
      'editing the park’s own application has room',
      candidate({ orgId: 'park-1', name: '连云港石化产业基地' }, 'app-1'),
      DEFAULT_CALL_LIMITS,
      false,
    ],
    [
      'a call that allows 2 per park has room for a second',
      candidate({ orgId: 'park-1', name: '连云港石化产业基地' }),
      { applicationsPerPark: 2 },
      false,
    ],
    [
      'a call that allows 1 per park has none',
      candidate({ orgId: 'park-1', name: '连云港石化产业基地' }),
      { applicationsPerPark: 1 },
      true,
    ],
  ])('%s', (_case, application, limits, refused) => {
    const attempt = () => assertParkHasRoom(application, existing, limits);
    if (refused) expect(attempt).toThrow(/PARK_ALREADY_APPLIED/);
    else expect(attempt).not.toThrow();
  });
});
