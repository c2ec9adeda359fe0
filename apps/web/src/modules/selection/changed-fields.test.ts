import { describe, expect, it } from 'vitest';
import { changedPaths, staleErrorFields } from './changed-fields';

describe('a change clears the error of the field it corrects, and only that one', () => {
  it('reads the changed paths of nested values and list rows', () => {
    expect(changedPaths({ secretariat: { phone: '0518-85800002' } })).toEqual([['secretariat', 'phone']]);
    // eslint-disable-next-line no-sparse-arrays
    expect(changedPaths({ schools: [, { level: 'higher_associate' }] })).toEqual([['schools', 1, 'level']]);
    expect(changedPaths({ contactMobile: null })).toEqual([['contactMobile']]);
  });

  it.each([
    ['the corrected mobile number', [['contactMobile'], ['contactName']], { contactMobile: '13805180123' }, [['contactMobile']]],
    ['another field: the mobile number’s error stays', [['contactMobile']], { contactName: '王海燕' }, []],
    [
      'a unit typed into its unit field',
      [['schools', 0, 'unit']],
      { schools: [{ unit: { name: '连云港职业技术学院' } }] },
      [['schools', 0, 'unit']],
    ],
    [
      'a major added to a school’s list',
      [['schools', 0, 'majorCodes']],
      { schools: [{ majorCodes: ['470204'] }] },
      [['schools', 0, 'majorCodes']],
    ],
    ['a change in the first row: the second row’s error stays', [['schools', 1, 'students']], { schools: [{ students: 9800 }] }, []],
    ['a list emptied: its rows’ errors go with it', [['schools', 1, 'students']], { schools: [] }, [['schools', 1, 'students']]],
  ])('%s', (_name, errored, changed, stale) => {
    expect(staleErrorFields(errored as (string | number)[][], changed)).toEqual(stale);
  });
});
