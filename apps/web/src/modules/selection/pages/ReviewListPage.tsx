/** 评审: an expert's assigned reviews; an authority's calls, each opening its review board. */
import type { TReviewSummary } from '@chanjiao/contracts/selection/index';
import { Card, Space, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useCan } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { formatDateTime } from '../../../app/format';
import { useLocale, useT } from '../../../app/i18n';
import { CallsTable } from '../components/CallsTable';
import { useMyReviews } from '../hooks/review-queries';
import { useManagedCalls } from '../hooks/use-selection';
import { REVIEW_MESSAGES } from '../review-messages';

function MyReviews() {
  const t = useT(REVIEW_MESSAGES);
  const locale = useLocale();
  const reviews = useMyReviews(true);
  return (
    <Card title={t('mine.title')}>
      <Table<TReviewSummary>
        rowKey="id"
        loading={reviews.isPending}
        dataSource={reviews.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('mine.none') }}
        columns={[
          {
            title: t('column.application'),
            render: (_, r) => <Link to={`/selection/reviews/${r.id}`}>{`${r.consortiumName}（${r.parkName}）`}</Link>,
          },
          { title: t('column.call'), dataIndex: 'callTitle' },
          {
            title: t('column.status'),
            render: (_, r) => (
              <Space size={4}>
                <Tag color={r.status === 'submitted' ? 'green' : 'orange'}>{t(`status.${r.status}`)}</Tag>
                {r.conflicted && <Tag color="red">{t('progress.conflicted')}</Tag>}
              </Space>
            ),
          },
          { title: t('results.total'), render: (_, r) => r.total ?? '' },
          { title: t('mine.submittedAt'), render: (_, r) => formatDateTime(r.submittedAt, locale) },
        ]}
      />
    </Card>
  );
}

function ManagedCalls() {
  const t = useT(REVIEW_MESSAGES);
  const calls = useManagedCalls(true);
  return (
    <Card title={t('managed.title')} style={{ marginTop: 16 }}>
      <CallsTable
        calls={calls.data?.items ?? []}
        loading={calls.isPending}
        action={(call) => (call.status === 'draft' ? null : <Link to={`/selection/calls/${call.id}/review`}>{t('managed.open')}</Link>)}
      />
    </Card>
  );
}

export default function ReviewListPage() {
  const t = useT(REVIEW_MESSAGES);
  const can = useCan();
  return (
    <>
      <PageHeader title={t('list.title')} />
      {can('selection.review.score') && <MyReviews />}
      {can('selection.review.manage') && <ManagedCalls />}
    </>
  );
}
