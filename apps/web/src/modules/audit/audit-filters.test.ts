import { describe, expect, it } from 'vitest';
import { auditQueryOf, changedAuditFilterParams, hasAuditFilter, parseAuditFilters } from './audit-filters';

const parse = (search: string) => parseAuditFilters(new URLSearchParams(search));

describe('audit log address', () => {
  it('reads every filter a shared link carries', () => {
    expect(parse('from=2026-03-01&to=2026-03-31&actor=admin&action=user.role&entityType=user&entityId=6c1b&outcome=denied&page=2')).toEqual(
      {
        from: '2026-03-01',
        to: '2026-03-31',
        actor: 'admin',
        action: 'user.role',
        entityType: 'user',
        entityId: '6c1b',
        outcome: 'denied',
        page: 2,
      },
    );
  });

  it('ignores days that do not exist, unknown outcomes and over-long text', () => {
    expect(parse(`from=2026-02-30&to=2026-13-01&outcome=maybe&actor=${'a'.repeat(65)}&page=x`)).toEqual({ page: 1 });
  });

  it('turns a backwards range round', () => {
    expect(parse('from=2026-04-10&to=2026-04-01')).toMatchObject({ from: '2026-04-01', to: '2026-04-10' });
  });

  it('starts again at page 1 when a filter changes and keeps the page when only the page turns', () => {
    const current = parse('action=org&page=4');
    expect(changedAuditFilterParams(current, { outcome: 'failure' }).toString()).toBe('action=org&outcome=failure');
    expect(changedAuditFilterParams(current, { page: 5 }).toString()).toBe('action=org&page=5');
  });

  it('clears a filter set to nothing', () => {
    expect(changedAuditFilterParams(parse('actor=admin&from=2026-03-01'), { actor: undefined, from: undefined }).toString()).toBe('');
  });
});

describe('audit query for the list and the export', () => {
  it('carries the filters trimmed and never the page, so the export holds every page', () => {
    expect(auditQueryOf({ page: 3, actor: ' admin ', entityId: '  ', outcome: 'success' })).toEqual({ actor: 'admin', outcome: 'success' });
  });

  it('tells whether any filter is set', () => {
    expect(hasAuditFilter({ page: 2 })).toBe(false);
    expect(hasAuditFilter({ page: 1, to: '2026-03-31' })).toBe(true);
  });
});
