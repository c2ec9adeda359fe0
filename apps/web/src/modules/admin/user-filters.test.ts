import { describe, expect, it } from 'vitest';
import { changedUserFilterParams, parseUserFilters } from './user-filters';

const parse = (search: string) => parseUserFilters(new URLSearchParams(search));

describe('user account list address', () => {
  it('reads the search, status and page a shared link carries', () => {
    expect(parse('q=王芳&status=disabled&page=2')).toEqual({ q: '王芳', status: 'disabled', page: 2 });
  });

  it('falls back to all accounts on page 1 when the address is hand-edited wrongly', () => {
    expect(parse('status=locked&page=0&q=%20%20')).toEqual({ q: undefined, status: 'all', page: 1 });
  });

  it('starts again at page 1 when the status changes, and keeps the page when only the page turns', () => {
    const current = parse('q=li&page=3');
    expect(changedUserFilterParams(current, { status: 'active' }).toString()).toBe('q=li&status=active');
    expect(changedUserFilterParams(current, { page: 4 }).toString()).toBe('q=li&page=4');
  });

  it('keeps the default status and the first page out of the address', () => {
    expect(changedUserFilterParams(parse('status=disabled'), { status: 'all', q: undefined }).toString()).toBe('');
  });
});
