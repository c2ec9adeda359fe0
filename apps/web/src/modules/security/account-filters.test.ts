import { SECURITY_ACCOUNT_STATUSES } from '@chanjiao/contracts/accounts';
import { describe, expect, it } from 'vitest';
import { changedAccountFilterParams, DESK_STATUSES, parseAccountFilters } from './account-filters';

const parse = (search: string) => parseAccountFilters(new URLSearchParams(search));

describe('security desk address', () => {
  it('opens on locked accounts', () => {
    expect(parse('')).toEqual({ q: undefined, status: 'locked', page: 1 });
  });

  it('reads the status, search and page a shared link carries, and ignores an unknown status', () => {
    expect(parse('status=no_totp&q=zhang&page=2')).toEqual({ q: 'zhang', status: 'no_totp', page: 2 });
    expect(parse('status=banned').status).toBe('locked');
  });

  it('writes "all" into the address, since it is not the default, and starts again at page 1', () => {
    expect(changedAccountFilterParams(parse('page=3'), { status: 'all' }).toString()).toBe('status=all');
    expect(changedAccountFilterParams(parse('status=disabled'), { page: 2 }).toString()).toBe('status=disabled&page=2');
  });
});

describe('security desk status switch', () => {
  it('offers every status the server knows, locked first and all last', () => {
    expect([...DESK_STATUSES].sort()).toEqual([...SECURITY_ACCOUNT_STATUSES].sort());
    expect(DESK_STATUSES[0]).toBe('locked');
    expect(DESK_STATUSES.at(-1)).toBe('all');
  });
});
