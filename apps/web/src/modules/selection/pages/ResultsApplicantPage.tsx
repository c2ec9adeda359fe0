/** The applicant's published result: rank among those ranked, total, 培育名单 / 推荐, and — if the call shows them — comments without names. */
import type { TApplicantResult } from '@chanjiao/contracts/selection/index';
import { Alert, Card, Descriptions, List, Skeleton, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../../app/api';
import { RequirePermission } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { formatDateTime } from '../../../app/format';
import { useLocale, useT } from '../../../app/i18n';
import { useApplicantResult } from '../hooks/review-queries';
import { REVIEW_MESSAGES } from '../review-messages';

function Comments({ comments }: { comments: NonNullable<TApplicantResult['comments']> }) {
  const t = useT(REVIEW_MESSAGES);
  return (
    <Card title={t('result.comments')} style={{ marginTop: 16 }}>
      <List
        dataSource={comments}
        locale={{ emptyText: t('result.noComments') }}
        renderItem={(comment) => (
          <List.Item>
            <div>
              <Typography.Text strong>{comment.label}</Typography.Text>
              {Object.entries(comment.byIndicator).map(([code, text]) => (
                <Typography.Paragraph key={code} style={{ margin: '4px 0' }}>
                  {t('settings.indicator', { code })}：{text}
                </Typography.Paragraph>
              ))}
              {comment.overall && (
                <Typography.Paragraph style={{ margin: '4px 0' }}>{t('result.overall', { text: comment.overall })}</Typography.Paragraph>
              )}
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}

function Result({ id }: { id: string }) {
  const t = useT(REVIEW_MESSAGES);
  const locale = useLocale();
  const result = useApplicantResult(id);
  if (result.isPending) return <Skeleton active />;
  if (isApiError(result.error, 'RESULT_NOT_PUBLISHED')) {
    return (
      <>
        <PageHeader title={t('result.title')} backTo={`/selection/applications/${id}`} />
        <Alert type="info" showIcon message={result.error.message} />
      </>
    );
  }
  if (result.isError) return <QueryError error={result.error} onRetry={() => result.refetch()} />;
  const r = result.data;
  return (
    <>
      <PageHeader title={t('result.title')} subtitle={`${r.callTitle} · ${r.consortiumName}`} backTo={`/selection/applications/${id}`} />
      <Card>
        <Descriptions
          column={2}
          items={[
            { key: 'rank', label: t('results.rank'), children: t('result.rankOf', { rank: r.rank, count: r.rankedCount }) },
            { key: 'total', label: t('results.total'), children: r.total },
            { key: 'aggregate', label: t('results.aggregate'), children: r.aggregate },
            { key: 'deduction', label: t('results.deduction'), children: r.deduction },
            {
              key: 'decision',
              label: t('result.decision'),
              children: (
                <>
                  <Tag color={r.shortlisted ? 'green' : 'default'}>
                    {r.shortlisted ? t('result.shortlisted') : t('result.notShortlisted')}
                  </Tag>
                  {r.recommended && <Tag color="gold">{t('result.recommended')}</Tag>}
                </>
              ),
            },
            { key: 'published', label: t('result.publishedAt'), children: formatDateTime(r.publishedAt, locale) },
          ]}
        />
      </Card>
      {r.comments && <Comments comments={r.comments} />}
    </>
  );
}

export default function ResultsApplicantPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission="selection.application.edit">
      <Result id={id} />
    </RequirePermission>
  );
}
