/** The authority's review of one call (S3–S4): panel, conflicts, settings, assignment and progress, ranking and publication. */
import { Skeleton, Tabs, Tag } from 'antd';
import { useParams } from 'react-router-dom';
import { RequirePermission } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n';
import { ReviewAssignmentCard } from '../components/ReviewAssignmentCard';
import { ReviewConflictsCard } from '../components/ReviewConflictsCard';
import { ReviewPanelCard } from '../components/ReviewPanelCard';
import { ReviewSettingsCard } from '../components/ReviewSettingsCard';
import { ResultsRankingCard } from '../components/ResultsRankingCard';
import { useReviewBoard } from '../hooks/review-queries';
import { REVIEW_MESSAGES } from '../review-messages';

function Board({ callId }: { callId: string }) {
  const t = useT(REVIEW_MESSAGES);
  const board = useReviewBoard(callId);
  if (board.isPending) return <Skeleton active />;
  if (board.isError) return <QueryError error={board.error} onRetry={() => board.refetch()} />;
  const b = board.data;
  return (
    <>
      <PageHeader
        title={t('board.title', { call: b.call.title })}
        subtitle={b.published ? <Tag color="green">{t('board.published')}</Tag> : t('board.subtitle')}
        backTo={`/selection/calls/${callId}`}
      />
      <Tabs
        items={[
          { key: 'panel', label: t('board.tab.panel'), children: <ReviewPanelCard board={b} /> },
          { key: 'conflicts', label: t('board.tab.conflicts', { count: b.conflicts.length }), children: <ReviewConflictsCard board={b} /> },
          { key: 'settings', label: t('board.tab.settings'), children: <ReviewSettingsCard key={b.version} board={b} /> },
          { key: 'assign', label: t('board.tab.assign'), children: <ReviewAssignmentCard board={b} /> },
          { key: 'results', label: t('board.tab.results'), children: <ResultsRankingCard callId={callId} /> },
        ]}
      />
    </>
  );
}

export default function ReviewBoardPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission="selection.review.manage">
      <Board callId={id} />
    </RequirePermission>
  );
}
