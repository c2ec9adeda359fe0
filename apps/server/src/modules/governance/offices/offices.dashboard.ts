/** Committee terms ending within the reminder period, on the secretariat's dashboard (章程第十四条). */
import { POST_LABELS } from '@chanjiao/contracts';
import { type DashboardEntry, type DashboardProvider, scopeIdsOfRoles } from '../../dashboard/index.js';
import { REMINDERS } from './offices-terms.js';
import { termReminders } from './offices.service.js';
import { shanghaiDate } from '../../../kernel/time/shanghai.js';

export const committeeTermsProvider: DashboardProvider = async (ctx) => {
  const bodyIds = scopeIdsOfRoles(ctx, ['body_secretariat']);
  if (bodyIds.length === 0) return [];
  const today = shanghaiDate(ctx.now);
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
