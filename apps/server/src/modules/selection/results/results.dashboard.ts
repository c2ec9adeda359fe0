/**
 * Dashboard items of the review (one line each in dashboard/providers.ts): an expert's reviews still to score,
 * and — the applicants' notification of publication — each published result of the organisation's applications.
 */
import { type DashboardEntry, type DashboardProvider, holdsRole, scopeIdsOfRoles } from '../../dashboard/index.js';
import { pendingReviewCount, publishedResultsOf } from '../reviews/reviews.repository.js';
import { formatShanghai } from '../../../kernel/time/shanghai.js';

export const expertReviewsProvider: DashboardProvider = async (ctx) => {
  if (!holdsRole(ctx, 'expert')) return [];
  const count = await pendingReviewCount(ctx.db, ctx.auth.user.id);
  if (count === 0) return [];
  return [
    {
      key: 'selection.reviews_pending',
      severity: 'warning',
      title: { 'zh-CN': '待评审的推荐书', 'en-US': 'Applications to score' },
      count,
      description: {
        'zh-CN': `有 ${count} 份推荐书待评分，请逐项评分并提交；提交前看不到其他专家的评分`,
        'en-US': `${count} applications await your scores; other experts’ scores show once you submit yours`,
      },
      link: '/selection/reviews',
    },
  ];
};

export const publishedResultsProvider: DashboardProvider = async (ctx) => {
  const orgIds = scopeIdsOfRoles(ctx, ['org_admin', 'data_collector']);
  const published = await publishedResultsOf(ctx.db, orgIds);
  return published.map((result): DashboardEntry => ({
    key: `selection.result_published:${result.applicationId}`,
    severity: 'info',
    title: { 'zh-CN': '遴选结果已发布', 'en-US': 'Selection results published' },
    count: 1,
    description: {
      'zh-CN': `“${result.callTitle}”的结果已于 ${formatShanghai(result.publishedAt!, 'minute')} 发布，请查看“${result.consortiumName}”的名次和专家意见`,
      'en-US': `The results of “${result.callTitle}” were published on ${formatShanghai(result.publishedAt!, 'minute')}; see the rank and comments of “${result.consortiumName}”`,
    },
    link: `/selection/applications/${result.applicationId}/result`,
  }));
};
