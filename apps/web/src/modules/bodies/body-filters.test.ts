import { describe, expect, it } from 'vitest';
import { bodyFilterParams, parseBodyFilters } from './body-filters';

const parse = (search: string) => parseBodyFilters(new URLSearchParams(search));

describe('body list address', () => {
  it('reads the filters a shared link carries', () => {
    expect(parse('q=沿沪宁&kind=district_alliance&region=310107&page=2')).toEqual({
      q: '沿沪宁',
      kind: 'district_alliance',
      region: '310107',
      page: 2,
    });
  });

  it('drops what a hand-edited address gets wrong instead of sending it to the server', () => {
    expect(parse('kind=constructor&region=3101&page=1.5&q=%20%20')).toEqual({
      q: undefined,
      kind: undefined,
      region: undefined,
      page: 1,
    });
  });

  it('goes back to page 1 when a filter changes and keeps the filters when the page turns', () => {
    const current = parse('kind=consortium&page=3');
    expect(bodyFilterParams(current, { region: '320700' }).toString()).toBe('kind=consortium&region=320700');
    expect(bodyFilterParams(current, { page: 4 }).toString()).toBe('kind=consortium&page=4');
  });

  it('leaves cleared filters and page 1 out of the address', () => {
    expect(bodyFilterParams(parse('q=联盟&kind=alliance'), { q: undefined, kind: undefined }).toString()).toBe('');
  });
});
