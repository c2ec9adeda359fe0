import { describe, expect, it } from 'vitest';
import { changedOrgFilterParams, parseOrgFilters } from './org-filters';

const parse = (search: string) => parseOrgFilters(new URLSearchParams(search));

describe('organisation list address', () => {
  it('reads the filters a shared link carries', () => {
    expect(parse('q=曹杨&type=secondary_vocational&region=310107&sort=-updatedAt&page=3')).toEqual({
      q: '曹杨',
      type: 'secondary_vocational',
      region: '310107',
      sort: '-updatedAt',
      page: 3,
    });
  });

  it('ignores values a hand-edited address gets wrong', () => {
    expect(parse('type=toString&region=31&sort=drop&page=-1&q=%20')).toEqual({
      q: undefined,
      type: undefined,
      region: undefined,
      sort: 'name',
      page: 1,
    });
  });

  it('starts again at page 1 when a filter changes, and keeps the page when only the page turns', () => {
    const current = parse('type=enterprise&page=4');
    expect(changedOrgFilterParams(current, { region: '320700' }).toString()).toBe('type=enterprise&region=320700');
    expect(changedOrgFilterParams(current, { page: 5 }).toString()).toBe('type=enterprise&page=5');
  });

  it('keeps defaults out of the address', () => {
    expect(changedOrgFilterParams(parse(''), { sort: 'name', q: undefined }).toString()).toBe('');
  });
});
