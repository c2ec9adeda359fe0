/** How an exchange post reads wherever it is listed: its kind, dates, size, class and fields. */
import {
  EXCHANGE_POST_KINDS,
  EXCHANGE_POST_STATUSES,
  type ExchangePostKind,
  type TExchangePost,
} from '@chanjiao/contracts/resources/index';
import { Table, Tag, Typography } from 'antd';
import { useBilingual, useT } from '../../../app/i18n';
import { EXCHANGE_MESSAGES } from '../exchange-messages';
import { RESOURCES_MESSAGES } from '../resources-messages';

const KIND_COLOURS: Record<ExchangePostKind, string> = { teacher_offer: 'blue', teacher_request: 'orange', experience: 'green' };

export function PostKindTag({ kind }: { kind: ExchangePostKind }) {
  const bilingual = useBilingual();
  return <Tag color={KIND_COLOURS[kind]}>{bilingual(EXCHANGE_POST_KINDS[kind])}</Tag>;
}

export function postDates(post: Pick<TExchangePost, 'startsOn' | 'endsOn'>) {
  return post.startsOn === post.endsOn ? post.startsOn : `${post.startsOn} 至 ${post.endsOn}`;
}

export function usePostSize() {
  const t = useT(EXCHANGE_MESSAGES);
  return (post: TExchangePost) => (post.kind === 'experience' ? t('pupils', { n: post.capacity ?? 0 }) : t('days', { n: post.days ?? 0 }));
}

/** One line under a post's title: the unit, the class and fields, the dates and the size. */
export function PostFacts({ post, showOrg = true }: { post: TExchangePost; showOrg?: boolean }) {
  const size = usePostSize();
  return (
    <Typography.Text type="secondary" style={{ display: 'block' }}>
      {[showOrg ? post.org.name : null, `${post.classCode} ${post.className}`, post.fields, postDates(post), size(post)]
        .filter(Boolean)
        .join(' · ')}
    </Typography.Text>
  );
}

export function ExchangePostTable({ posts, loading, emptyText }: { posts: TExchangePost[]; loading: boolean; emptyText: string }) {
  const t = useT(EXCHANGE_MESSAGES);
  const tr = useT(RESOURCES_MESSAGES);
  const bilingual = useBilingual();
  const size = usePostSize();
  return (
    <Table<TExchangePost>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={posts}
      scroll={{ x: 900 }}
      locale={{ emptyText }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        { key: 'kind', title: t('col.kind'), width: 120, render: (_, p) => <PostKindTag kind={p.kind} /> },
        {
          key: 'title',
          title: t('col.title'),
          width: 240,
          render: (_, p) => (
            <>
              {p.title} {p.isGenerated && <Tag>{tr('generated')}</Tag>}
              {p.description && <div style={{ color: '#888' }}>{p.description}</div>}
            </>
          ),
        },
        { key: 'org', title: t('col.org'), width: 190, render: (_, p) => p.org.name },
        {
          key: 'class',
          title: t('col.class'),
          width: 200,
          render: (_, p) => (
            <>
              {`${p.classCode} ${p.className}`}
              <div style={{ color: '#888' }}>{p.fields}</div>
            </>
          ),
        },
        { key: 'dates', title: t('col.dates'), width: 130, render: (_, p) => postDates(p) },
        { key: 'size', title: t('col.size'), width: 80, render: (_, p) => size(p) },
        { key: 'status', title: t('col.status'), width: 80, render: (_, p) => bilingual(EXCHANGE_POST_STATUSES[p.status]) },
      ]}
    />
  );
}
