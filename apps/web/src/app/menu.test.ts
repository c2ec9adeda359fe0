import { describe, expect, it } from 'vitest';
import { activeMenuEntry, MENU, missingMenuPermission, visibleMenu } from './menu';

const keysOf = (entries: ReturnType<typeof visibleMenu>): string[] =>
  entries.flatMap((entry) => [entry.key, ...(entry.children ? keysOf(entry.children) : [])]);

describe('menu', () => {
  it('shows a platform administrator the business pages and user accounts, not security or audit', () => {
    const keys = keysOf(visibleMenu(MENU, ['dashboard.read', 'org.read', 'body.read', 'user.read', 'org.create', 'jobs.manage']));
    const governance = [
      '/governance/charter',
      '/governance/meetings',
      '/governance/resolutions',
      '/governance/membership',
      '/governance/chair',
      '/governance/offices',
      '/governance/workplan',
      '/governance/bulletins',
      '/governance/liaisons',
      '/governance/projects',
      '/governance/activities',
    ];
    // The books (经费) need governance.finance.read, which the platform administrator does not hold.
    // Published shortage catalogues are read by everyone who reads the bodies.
    expect(keys).toEqual([
      '/',
      '/notifications',
      '/orgs',
      '/bodies',
      '/selection',
      'governance',
      ...governance,
      'talent',
      '/talent/shortage',
      '/talent/enterprises',
      '/talent/jobs',
      '/talent/lists',
      '/talent/placements',
      '/talent/reports',
      'admin',
      '/admin/users',
      '/admin/jobs',
    ]);
  });

  it('shows an enterprise its demand, a school its supply and the secretariat the gaps', () => {
    const talent = (permissions: string[]) => keysOf(visibleMenu(MENU, permissions)).filter((key) => key.startsWith('/talent'));
    expect(talent(['body.read', 'talent.demand.edit'])).toEqual([
      '/talent/demand',
      '/talent/shortage',
      '/talent/enterprises',
      '/talent/jobs',
      '/talent/lists',
      '/talent/placements',
      '/talent/reports',
    ]);
    expect(talent(['body.read', 'talent.supply.edit'])).toEqual([
      '/talent/supply',
      '/talent/adjustments',
      '/talent/shortage',
      '/talent/enterprises',
      '/talent/jobs',
      '/talent/lists',
      '/talent/placements',
      '/talent/reports',
    ]);
    expect(talent(['body.read', 'talent.demand.edit', 'talent.supply.edit', 'talent.analysis.manage'])).toEqual([
      '/talent/demand',
      '/talent/supply',
      '/talent/gaps',
      '/talent/adjustments',
      '/talent/shortage',
      '/talent/enterprises',
      '/talent/jobs',
      '/talent/lists',
      '/talent/placements',
      '/talent/reports',
    ]);
  });

  it('shows a member unit the survey, the database, courses, recognition and its exchange, a principal what it reads', () => {
    const resources = (permissions: string[]) => keysOf(visibleMenu(MENU, permissions)).filter((key) => key.startsWith('/resources'));
    const reads = [
      '/resources/search',
      '/resources/who-can-train',
      '/resources/exchange-board',
      '/resources/exchange-totals',
      '/resources/courses',
    ];
    expect(
      resources(['resources.survey.fill', 'resources.database.read', 'resources.exchange.edit', 'resources.credit.recognise']),
    ).toEqual([
      '/resources/survey',
      '/resources/search',
      '/resources/who-can-train',
      '/resources/exchange-board',
      '/resources/exchange',
      '/resources/exchange-totals',
      '/resources/courses',
      '/resources/records',
    ]);
    expect(resources(['resources.database.read'])).toEqual(reads);
  });

  it('guards an agreement page by the exchange permission', () => {
    expect(missingMenuPermission('/resources/exchange/agreements/o/a', ['resources.database.read'])).toBe('resources.exchange.edit');
    expect(missingMenuPermission('/resources/exchange/agreements/o/a', ['resources.exchange.edit'])).toBeNull();
  });

  it('shows a group only with the entries the user may open', () => {
    const keys = keysOf(visibleMenu(MENU, ['dashboard.read', 'role.read']));
    // Everyone has an inbox.
    expect(keys).toEqual(['/', '/notifications', 'security', '/security/roles']);
  });

  it('shows the audit log to the audit administrator', () => {
    expect(keysOf(visibleMenu(MENU, ['audit.read']))).toEqual(['/notifications', '/audit']);
  });

  it('refuses a page opened by its address only when no menu entry leading to it is allowed', () => {
    const auditor = ['dashboard.read', 'org.read', 'audit.read'];
    expect(missingMenuPermission('/governance/meetings/6c1b', auditor)).toBe('body.read');
    expect(missingMenuPermission('/governance/meetings/6c1b', [...auditor, 'body.read'])).toBeNull();
    expect(missingMenuPermission('/audit', ['org.read'])).toBe('audit.read');
    // The review list serves the call's authority (under 遴选) as well as the experts (评审).
    expect(missingMenuPermission('/selection/reviews', ['org.read'])).toBeNull();
    expect(missingMenuPermission('/selection/reviews/6c1b', ['selection.review.score'])).toBeNull();
    expect(missingMenuPermission('/selection/reviews', ['dashboard.read'])).toBe('selection.review.score');
    expect(missingMenuPermission('/talent/demand/6c1b/matches', ['body.read'])).toBe('talent.demand.edit');
    // The account and the inbox are everyone's; a report is opened by whoever the server lets read it.
    expect(missingMenuPermission('/account/security', [])).toBeNull();
    expect(missingMenuPermission('/reports/6c1b', [])).toBeNull();
    expect(missingMenuPermission('/governancex', [])).toBeNull();
  });

  it('highlights the entry whose path is the longest prefix, and the dashboard only on /', () => {
    expect(activeMenuEntry(MENU, '/orgs/6c1b/edit')?.key).toBe('/orgs');
    expect(activeMenuEntry(MENU, '/security/accounts')).toEqual({ key: '/security/accounts', parent: 'security' });
    expect(activeMenuEntry(MENU, '/')?.key).toBe('/');
    expect(activeMenuEntry(MENU, '/account')).toBeUndefined();
    expect(activeMenuEntry(MENU, '/orgsx')).toBeUndefined();
  });
});
