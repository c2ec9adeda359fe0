/**
 * A member unit's exchange (倡议书 三 师资互派、职业体验互动): its offers, requests and activities with the other members'
 * matching posts and the reasons they match, the agreements it made, and the forms to publish and agree.
 */
import { EXCHANGE_POST_STATUSES, type TExchangePost } from '@chanjiao/contracts/resources/index';
import { Button, Card, Empty, List, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { AgreementFormModal } from '../components/AgreementFormModal';
import { AgreementTable } from '../components/AgreementTable';
import { PostFacts, PostKindTag } from '../components/ExchangePostParts';
import { PostFormModal } from '../components/PostFormModal';
import { ResourcesBodyPicker } from '../components/ResourcesBodyPicker';
import { EXCHANGE_MESSAGES } from '../exchange-messages';
import { useAgreements, useExchangeActions, useMyExchangePosts } from '../hooks/exchange-api';
import { useExchangeOrg } from '../hooks/use-exchange-org';
import { useResourcesBody } from '../hooks/use-resources-body';
import { RESOURCES_MESSAGES } from '../resources-messages';

type Agreeing = { own: TExchangePost; other?: TExchangePost };

function Exchange({ bodyId, orgId }: { bodyId: string; orgId: string }) {
  const t = useT(EXCHANGE_MESSAGES);
  const tr = useT(RESOURCES_MESSAGES);
  const bilingual = useBilingual();
  const reportError = useReportError();
  const posts = useMyExchangePosts(bodyId, orgId);
  const agreements = useAgreements(bodyId, orgId);
  const actions = useExchangeActions(bodyId, orgId);
  const [publishing, setPublishing] = useState(false);
  const [agreeing, setAgreeing] = useState<Agreeing | null>(null);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {posts.isError && <QueryError error={posts.error} onRetry={posts.refetch} />}
      <Card
        size="small"
        title={t('mine.posts')}
        extra={
          <Button type="primary" onClick={() => setPublishing(true)}>
            {t('mine.publish')}
          </Button>
        }
      >
        <List
          loading={posts.isPending}
          locale={{ emptyText: t('mine.postsEmpty') }}
          dataSource={posts.data?.items ?? []}
          renderItem={({ post, matches }) => (
            <List.Item key={post.id} style={{ display: 'block' }}>
              <Space wrap size={[8, 4]}>
                <PostKindTag kind={post.kind} />
                <Typography.Text strong>{post.title}</Typography.Text>
                {post.status === 'closed' && <Tag>{bilingual(EXCHANGE_POST_STATUSES.closed)}</Tag>}
                {post.isGenerated && <Tag>{tr('generated')}</Tag>}
              </Space>
              <PostFacts post={post} showOrg={false} />
              {post.status === 'open' && (
                <Space wrap style={{ marginTop: 8 }}>
                  {post.kind === 'experience' && <Button onClick={() => setAgreeing({ own: post })}>{t('mine.hostActivity')}</Button>}
                  <Popconfirm
                    title={t('mine.close.confirm')}
                    onConfirm={() => actions.close.mutate(post.id, { onError: (error) => reportError(error) })}
                  >
                    <Button>{t('mine.close')}</Button>
                  </Popconfirm>
                </Space>
              )}
              {post.kind !== 'experience' && post.status === 'open' && (
                <Card size="small" type="inner" style={{ marginTop: 8 }} title={t('mine.matches', { n: matches.length })}>
                  {matches.length === 0 ? (
                    <Typography.Text type="secondary">{t('mine.noMatches')}</Typography.Text>
                  ) : (
                    <List
                      size="small"
                      dataSource={matches}
                      renderItem={(match) => (
                        <List.Item key={match.post.id} style={{ display: 'block' }} aria-label={match.post.title}>
                          <Space wrap size={[8, 4]}>
                            <PostKindTag kind={match.post.kind} />
                            <Typography.Text strong>{match.post.title}</Typography.Text>
                            <Tag color="gold">{t('mine.score', { score: match.score })}</Tag>
                          </Space>
                          <PostFacts post={match.post} />
                          <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
                            {match.reasons.map((reason) => (
                              <li key={reason['zh-CN']}>{bilingual(reason)}</li>
                            ))}
                          </ul>
                          <Button size="small" type="primary" ghost onClick={() => setAgreeing({ own: post, other: match.post })}>
                            {t('mine.agree')}
                          </Button>
                        </List.Item>
                      )}
                    />
                  )}
                </Card>
              )}
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('mine.agreements')}>
        {agreements.isError && <QueryError error={agreements.error} onRetry={agreements.refetch} />}
        <AgreementTable bodyId={bodyId} orgId={orgId} items={agreements.data?.items ?? []} loading={agreements.isPending} />
      </Card>
      {publishing && <PostFormModal bodyId={bodyId} orgId={orgId} onClose={() => setPublishing(false)} />}
      {agreeing && <AgreementFormModal bodyId={bodyId} orgId={orgId} {...agreeing} onClose={() => setAgreeing(null)} />}
    </Space>
  );
}

export default function MyExchangePage() {
  const t = useT(EXCHANGE_MESSAGES);
  const tr = useT(RESOURCES_MESSAGES);
  const { bodyId, waiting } = useResourcesBody();
  const { org, orgs, choose, access } = useExchangeOrg(bodyId);
  const picker =
    orgs.length > 1 ? (
      <Select
        aria-label={t('mine.org')}
        style={{ minWidth: 240, maxWidth: '100%' }}
        value={org?.id}
        onChange={choose}
        options={orgs.map((o) => ({ value: o.id, label: o.name }))}
      />
    ) : null;
  let content = null;
  if (!bodyId) content = !waiting && <Empty description={tr('body.none')} />;
  else if (org) content = <Exchange bodyId={bodyId} orgId={org.id} />;
  else if (access.isSuccess) content = <Empty description={t('mine.none')} />;
  return (
    <>
      <PageHeader
        title={org ? `${t('mine.title')}：${org.name}` : t('mine.title')}
        subtitle={t('mine.subtitle')}
        actions={
          <Space wrap>
            {picker}
            <ResourcesBodyPicker />
          </Space>
        }
      />
      {access.isError && <QueryError error={access.error} onRetry={access.refetch} />}
      {content}
    </>
  );
}
