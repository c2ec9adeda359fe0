/**
 * Dashboard items of the chair, committees and work plan (one line each in dashboard/providers.ts):
 * committee terms ending within the reminder period (章程第十四条), and work-plan tasks late or due (附件3).
 */
import { POST_LABELS } from '@chanjiao/contracts';
import { type DashboardEntry, type DashboardProvider, scopeIdsOfRoles } from '../dashboard/dashboard.types.js';
import { REMINDERS } from './offices/offices-terms.js';
import { termReminders } from './offices/offices.service.js';
import { shanghaiToday } from './shanghai-today.js';
import { listOpenTasksEndingBy } from './workplan/workplan.repository.js';
import { addDays } from './civil-date.rules.js';

/** A task whose window closes within this many days is listed as due. */
const WORKPLAN_DUE_DAYS = 30;

export const committeeTermsProvider: DashboardProvider = async (ctx) => {
  const bodyIds = scopeIdsOfRoles(ctx, ['body_secretariat']);
  if (bodyIds.length === 0) return [];
  const today = shanghaiToday(ctx.now);
  const items = await Promise.all(
    bodyIds.map(async (bodyId): Promise<DashboardEntry | null> => {
      const [reminders, body] = await Promise.all([termReminders(ctx.db, bodyId, today), ctx.scopeName(bodyId)]);
      if (reminders.length === 0) return null;
      const listed = reminders.slice(0, 3);
      const zh = listed.map((r) => `${r.office}${POST_LABELS[r.post]['zh-CN']}${r.holderName}（${r.endsOn} 届满）`).join('、');
      const en = listed.map((r) => `${r.office} ${POST_LABELS[r.post]['en-US']} ${r.holderName} (ends ${r.endsOn})`).join('; ');
      const more = reminders.length > listed.length;
      return {
        key: `governance.term_reminders:${bodyId}`,
        severity: reminders.some((r) => r.state === 'ended') ? 'danger' : 'warning',
        title: { 'zh-CN': '专项工作委员会任期即将届满', 'en-US': 'Committee terms ending' },
        count: reminders.length,
        description: {
          'zh-CN': `${body}：${zh}${more ? ' 等' : ''}；请提请校长联席会议换届或连任（章程第十四条，届满前 ${REMINDERS.committeeTermDaysBefore} 天提醒）`,
          'en-US': `${body}: ${en}${more ? '; …' : ''}; ask the joint meeting to appoint or renew (charter art. 14)`,
        },
        link: `/governance/offices?body=${bodyId}`,
      };
    }),
  );
  return items.filter((item): item is DashboardEntry => item !== null);
};

export const workplanProvider: DashboardProvider = async (ctx) => {
  const bodyIds = scopeIdsOfRoles(ctx, ['body_secretariat']);
  if (bodyIds.length === 0) return [];
  const today = shanghaiToday(ctx.now);
  const items = await Promise.all(
    bodyIds.map(async (bodyId): Promise<DashboardEntry | null> => {
      const [open, body] = await Promise.all([listOpenTasksEndingBy(ctx.db, bodyId, addDays(today, WORKPLAN_DUE_DAYS)), ctx.scopeName(bodyId)]);
      if (open.length === 0) return null;
      const late = open.filter((task) => task.endsOn < today);
      const titles = open.slice(0, 3).map((task) => task.title);
      return {
        key: `governance.workplan_attention:${bodyId}`,
        severity: late.length > 0 ? 'danger' : 'warning',
        title: { 'zh-CN': '工作计划任务逾期或即将到期', 'en-US': 'Work-plan tasks late or due' },
        count: open.length,
        description: {
          'zh-CN': `${body}：逾期 ${late.length} 项，${WORKPLAN_DUE_DAYS} 天内到期 ${open.length - late.length} 项（${titles.join('、')}${open.length > 3 ? ' 等' : ''}）`,
          'en-US': `${body}: ${late.length} late, ${open.length - late.length} due within ${WORKPLAN_DUE_DAYS} days (${titles.join('; ')}${open.length > 3 ? '; …' : ''})`,
        },
        link: `/governance/workplan?body=${bodyId}`,
      };
    }),
  );
  return items.filter((item): item is DashboardEntry => item !== null);
};
