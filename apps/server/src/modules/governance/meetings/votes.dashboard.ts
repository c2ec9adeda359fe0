/** Open votes a member's representative has not yet cast for its unit, on the representative's dashboard (章程第十七条). */
import { type DashboardProvider, scopeIdsOfRoles } from '../../dashboard/index.js';
import { ballotsOfOrgs, openVotesFor } from './votes.repository.js';

export const governanceVotesProvider: DashboardProvider = async (ctx) => {
  const orgIds = scopeIdsOfRoles(ctx, ['member_representative']).filter((orgId) =>
    ctx.auth.grants.some((g) => g.permission === 'governance.vote.cast' && g.scopeId === orgId),
  );
  const open = await openVotesFor(ctx.db, orgIds);
  if (open.length === 0) return [];
  const cast = new Set(
    (
      await ballotsOfOrgs(
        ctx.db,
        open.map((v) => v.itemId),
        orgIds,
      )
    ).map((b) => `${b.itemId}:${b.orgId}`),
  );
  const waiting = open.filter((vote) => orgIds.some((orgId) => vote.electorate?.includes(orgId) && !cast.has(`${vote.itemId}:${orgId}`)));
  if (waiting.length === 0) return [];
  const first = waiting[0]!;
  return [
    {
      key: 'governance.open_votes',
      severity: 'danger',
      title: { 'zh-CN': '待表决议题', 'en-US': 'Votes waiting for you' },
      count: waiting.length,
      description: {
        'zh-CN': `${waiting.length} 个议题正在表决、本单位尚未投票，如“${first.title}”（每个成员单位一票，章程第十七条）`,
        'en-US': `${waiting.length} open votes your unit has not cast, such as “${first.title}” (one vote per member unit, art. 17)`,
      },
      link: `/governance/meetings/${first.meetingId}?body=${first.bodyId}`,
    },
  ];
};
