/**
 * The left menu. An entry shows only when the user holds its permission; a group shows when any of its
 * entries does. Leaf keys are the paths they open. A new module adds its entry here.
 */
import {
  ApartmentOutlined,
  BellOutlined,
  AuditOutlined,
  BankOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  DatabaseOutlined,
  FundOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { Permission } from '@chanjiao/contracts/permissions';
import type { ReactNode } from 'react';
import type { AppMessageKey } from './messages';

export interface MenuEntry {
  /** The path for an entry, a stable name for a group. */
  key: string;
  label: AppMessageKey;
  icon?: ReactNode;
  permission?: Permission;
  children?: MenuEntry[];
}

export const MENU: MenuEntry[] = [
  { key: '/', label: 'menu.dashboard', icon: <DashboardOutlined />, permission: 'dashboard.read' },
  { key: '/notifications', label: 'menu.notifications', icon: <BellOutlined /> },
  { key: '/orgs', label: 'menu.orgs', icon: <BankOutlined />, permission: 'org.read' },
  { key: '/bodies', label: 'menu.bodies', icon: <ApartmentOutlined />, permission: 'body.read' },
  { key: '/selection', label: 'menu.selection', icon: <TrophyOutlined />, permission: 'org.read' },
  { key: '/selection/reviews', label: 'menu.selection.reviews', icon: <TrophyOutlined />, permission: 'selection.review.score' },
  {
    key: 'governance',
    label: 'menu.governance',
    icon: <ClusterOutlined />,
    children: [
      { key: '/governance/charter', label: 'menu.governance.charter', permission: 'body.read' },
      { key: '/governance/meetings', label: 'menu.governance.meetings', permission: 'body.read' },
      { key: '/governance/resolutions', label: 'menu.governance.resolutions', permission: 'body.read' },
      { key: '/governance/membership', label: 'menu.governance.membership', permission: 'body.read' },
      { key: '/governance/chair', label: 'menu.governance.chair', permission: 'body.read' },
      { key: '/governance/offices', label: 'menu.governance.offices', permission: 'body.read' },
      { key: '/governance/workplan', label: 'menu.governance.workplan', permission: 'body.read' },
      { key: '/governance/bulletins', label: 'menu.governance.bulletins', permission: 'body.read' },
      { key: '/governance/liaisons', label: 'menu.governance.liaisons', permission: 'body.read' },
      { key: '/governance/projects', label: 'menu.governance.projects', permission: 'body.read' },
      { key: '/governance/activities', label: 'menu.governance.activities', permission: 'body.read' },
      { key: '/governance/finance', label: 'menu.governance.finance', permission: 'governance.finance.read' },
    ],
  },
  {
    key: 'talent',
    label: 'menu.talent',
    icon: <FundOutlined />,
    children: [
      { key: '/talent/demand', label: 'menu.talent.demand', permission: 'talent.demand.edit' },
      { key: '/talent/supply', label: 'menu.talent.supply', permission: 'talent.supply.edit' },
      { key: '/talent/gaps', label: 'menu.talent.gaps', permission: 'talent.analysis.manage' },
      { key: '/talent/adjustments', label: 'menu.talent.adjustments', permission: 'talent.supply.edit' },
      { key: '/talent/shortage', label: 'menu.talent.shortage', permission: 'body.read' },
      { key: '/talent/enterprises', label: 'menu.talent.enterprises', permission: 'body.read' },
      { key: '/talent/jobs', label: 'menu.talent.jobs', permission: 'body.read' },
      { key: '/talent/lists', label: 'menu.talent.lists', permission: 'body.read' },
      { key: '/talent/placements', label: 'menu.talent.placements', permission: 'body.read' },
      { key: '/talent/reports', label: 'menu.talent.reports', permission: 'body.read' },
    ],
  },
  {
    key: 'reports',
    label: 'menu.reports',
    icon: <FileDoneOutlined />,
    children: [
      { key: '/reports/cycles', label: 'menu.reports.cycles', permission: 'reports.cycle.manage' },
      { key: '/reports/work/collect', label: 'menu.reports.collect', permission: 'reports.data.collect' },
      { key: '/reports/work/review', label: 'menu.reports.review', permission: 'reports.data.review' },
      { key: '/reports/work/approve', label: 'menu.reports.approve', permission: 'reports.data.approve' },
      { key: '/reports/compliance/mine', label: 'menu.reports.compliance', permission: 'reports.compliance.score' },
    ],
  },
  {
    key: 'resources',
    label: 'menu.resources',
    icon: <DatabaseOutlined />,
    children: [
      { key: '/resources/survey', label: 'menu.resources.survey', permission: 'resources.survey.fill' },
      { key: '/resources/search', label: 'menu.resources.search', permission: 'resources.database.read' },
      { key: '/resources/who-can-train', label: 'menu.resources.whoCanTrain', permission: 'resources.database.read' },
      { key: '/resources/exchange-board', label: 'menu.resources.exchangeBoard', permission: 'resources.database.read' },
      { key: '/resources/exchange', label: 'menu.resources.exchange', permission: 'resources.exchange.edit' },
      { key: '/resources/exchange-totals', label: 'menu.resources.exchangeTotals', permission: 'resources.database.read' },
      { key: '/resources/courses', label: 'menu.resources.courses', permission: 'resources.database.read' },
      { key: '/resources/records', label: 'menu.resources.records', permission: 'resources.credit.recognise' },
      { key: '/resources/people', label: 'menu.resources.people', permission: 'personal.rights' },
    ],
  },
  {
    key: 'admin',
    label: 'menu.admin',
    icon: <SettingOutlined />,
    children: [
      { key: '/admin/users', label: 'menu.admin.users', permission: 'user.read' },
      { key: '/admin/jobs', label: 'menu.admin.jobs', permission: 'jobs.manage' },
    ],
  },
  {
    key: 'security',
    label: 'menu.security',
    icon: <SafetyCertificateOutlined />,
    children: [
      { key: '/security/roles', label: 'menu.security.roles', permission: 'role.read' },
      { key: '/security/accounts', label: 'menu.security.accounts', permission: 'security.unlock' },
    ],
  },
  { key: '/approvals', label: 'menu.approvals', icon: <CheckSquareOutlined />, permission: 'admin.request.decide' },
  { key: '/audit', label: 'menu.audit', icon: <AuditOutlined />, permission: 'audit.read' },
];

export function visibleMenu(entries: MenuEntry[], permissions: readonly string[]): MenuEntry[] {
  const visible: MenuEntry[] = [];
  for (const entry of entries) {
    if (entry.permission && !permissions.includes(entry.permission)) continue;
    if (entry.children) {
      const children = visibleMenu(entry.children, permissions);
      if (children.length > 0) visible.push({ ...entry, children });
    } else {
      visible.push(entry);
    }
  }
  return visible;
}

function leaves(entries: MenuEntry[], parent?: string): { key: string; parent?: string }[] {
  return entries.flatMap((entry) => (entry.children ? leaves(entry.children, entry.key) : [{ key: entry.key, parent }]));
}

function permissionLeaves(entries: MenuEntry[]): { key: string; permission?: Permission }[] {
  return entries.flatMap((entry) =>
    entry.children ? permissionLeaves(entry.children) : [{ key: entry.key, permission: entry.permission }],
  );
}

/**
 * The permission a page opened by its address lacks, or null when the user may open it: a page is reachable
 * through any menu entry whose path is a prefix of its address (the review list under 遴选 serves the authority
 * as well as the experts of 评审), and refused only when the user holds none of their permissions; then the most
 * specific entry's permission is named. Pages outside the menu (account, inbox) are not guarded here.
 */
export function missingMenuPermission(pathname: string, held: readonly string[]): Permission | null {
  const matches = permissionLeaves(MENU)
    .filter((leaf) => leaf.key === pathname || (leaf.key !== '/' && pathname.startsWith(`${leaf.key}/`)))
    .sort((a, b) => b.key.length - a.key.length);
  if (matches.length === 0 || matches.some((leaf) => !leaf.permission || held.includes(leaf.permission))) return null;
  return matches[0]!.permission ?? null;
}

/** The entry whose path is the longest prefix of the current path: /orgs/12/edit highlights 组织. */
export function activeMenuEntry(entries: MenuEntry[], pathname: string): { key: string; parent?: string } | undefined {
  const matches = leaves(entries).filter((leaf) => leaf.key === pathname || (leaf.key !== '/' && pathname.startsWith(`${leaf.key}/`)));
  return matches.sort((a, b) => b.key.length - a.key.length)[0];
}
