/** Work-plan tasks late or due soon, on the secretariat's dashboard (附件3 工作计划). */
import { type DashboardEntry, type DashboardProvider, scopeIdsOfRoles } from '../../dashboard/index.js';
import { shanghaiDate } from '../../../kernel/time/shanghai.js';
import { addDays } from '../../../kernel/time/calendar.js';
import { listOpenTasksEndingBy } from './workplan.repository.js';

/** A task whose window closes within this many days is listed as due. */
const WORKPLAN_DUE_DAYS = 30;

export const workplanProvider: DashboardProvider = async (ctx) => {
  const bodyIds = scopeIdsOfRoles(ctx, ['body_secretariat']);
  if (bodyIds.length === 0) return [];
  const today = shanghaiDate(ctx.now);
  const items = await Promise.all(
    bodyIds.map(async (bodyId): Promise<DashboardEntry | null> => {
      const [open, body] = await Promise.all([
        listOpenTasksEndingBy(ctx.db, bodyId, addDays(today, WORKPLAN_DUE_DAYS)),
        ctx.scopeName(bodyId),
      ]);
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
