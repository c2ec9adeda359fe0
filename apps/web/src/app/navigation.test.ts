import { describe, expect, it } from 'vitest';
import { loginPathFor, safeNextPath } from './navigation';

describe('after sign-in', () => {
  it.each([
    ['/orgs?type=enterprise', '/orgs?type=enterprise'],
    ['/orgs/import', '/orgs/import'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example/', '/'],
    ['/login?next=/orgs', '/'],
  ])('%s leads to %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it('remembers the page the user was sent away from', () => {
    expect(loginPathFor({ pathname: '/orgs', search: '?q=曹杨' })).toBe(`/login?next=${encodeURIComponent('/orgs?q=曹杨')}`);
    expect(loginPathFor({ pathname: '/', search: '' })).toBe('/login');
  });
});
