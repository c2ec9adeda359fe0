/**
 * The public view of a body's lists (no sign-in): the enterprises on the list, published positions, the shortage
 * catalogue published last, innovation
 * demands with their issue, policies, training, services and the student figures summed — contacts masked.
 */
import { BUDGET_BANDS, LIST_ITEM_KINDS, type ListItemKind, TALENT_LEVELS, type TPublicTalentLists } from '@chanjiao/contracts/talent/index';
import { Button, Card, Empty, Flex, Layout, List, Skeleton, Space, Table, Tabs, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { PublicShortageCatalogue } from '../components/PublicShortageCatalogue';
import { usePublicLists } from '../hooks/lists-api';
import { LIST_MESSAGES } from '../lists-messages';

type Lists = TPublicTalentLists;

function Items({ items, kind }: { items: Lists['items']; kind: ListItemKind }) {
  const t = useT(LIST_MESSAGES);
  const bilingual = useBilingual();
  return (
    <List
      dataSource={items.filter((i) => i.kind === kind)}
      locale={{ emptyText: <Empty description={t('public.none')} /> }}
      renderItem={(i) => (
        <List.Item>
          <List.Item.Meta
            title={
              <>
                {i.issue && <Tag color="blue">{i.issue.label}</Tag>}
                {i.name}
              </>
            }
            description={
              <>
                <div>{i.summary}</div>
                <div style={{ color: '#888' }}>
                  {[
                    i.provider,
                    i.field,
                    i.budgetBand ? bilingual(BUDGET_BANDS[i.budgetBand]) : null,
                    i.closesOn ? `${t('form.closesOn')} ${i.closesOn}` : null,
                    i.validUntil ? `${t('job.col.validUntil')} ${i.validUntil}` : null,
                    i.contactName ? `${i.contactName} ${i.contactPhone ?? ''}` : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
                {i.links.map((link) => (
                  <a key={link} href={link} target="_blank" rel="noreferrer noopener">
                    {link}
                  </a>
                ))}
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}

function Sums({ rows }: { rows: Lists['students']['byMajor'] }) {
  const t = useT(LIST_MESSAGES);
  return (
    <Table
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { key: 'name', title: t('entries.col.name'), render: (_, r) => r.name },
        { key: 'students', title: t('students.col.students'), width: 110, render: (_, r) => r.students },
        { key: 'seeking', title: t('students.col.seeking'), width: 130, render: (_, r) => r.seekingPlacement },
      ]}
    />
  );
}

function Content({ lists }: { lists: Lists }) {
  const t = useT(LIST_MESSAGES);
  const bilingual = useBilingual();
  const tabs = [
    {
      key: 'enterprises',
      label: t('public.enterprises'),
      children: (
        <List
          dataSource={lists.enterprises}
          locale={{ emptyText: <Empty description={t('public.none')} /> }}
          renderItem={(e) => (
            <List.Item>
              <List.Item.Meta title={e.org.name} description={[e.region?.name, e.listedOn].filter(Boolean).join(' · ')} />
            </List.Item>
          )}
        />
      ),
    },
    {
      key: 'jobs',
      label: t('public.jobs'),
      children: (
        <Table
          rowKey="id"
          size="small"
          dataSource={lists.jobs}
          locale={{ emptyText: t('public.none') }}
          scroll={{ x: 700 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { key: 'org', title: t('form.org'), width: 180, render: (_, j) => j.org.name },
            {
              key: 'position',
              title: t('job.col.position'),
              width: 150,
              render: (_, j) => (
                <>
                  {j.position}
                  <div style={{ color: '#888' }}>{j.occupation}</div>
                </>
              ),
            },
            { key: 'majors', title: t('job.col.majors'), render: (_, j) => j.majors.map((m) => <Tag key={m.code}>{m.name}</Tag>) },
            { key: 'level', title: t('job.col.level'), width: 90, render: (_, j) => bilingual(TALENT_LEVELS[j.educationLevel]) },
            { key: 'headcount', title: t('job.col.headcount'), width: 70, render: (_, j) => j.headcount },
          ]}
        />
      ),
    },
    { key: 'shortage', label: t('public.shortage'), children: <PublicShortageCatalogue catalogue={lists.shortage} /> },
    ...(Object.keys(LIST_ITEM_KINDS) as ListItemKind[]).map((kind) => ({
      key: kind,
      label: bilingual(LIST_ITEM_KINDS[kind]),
      children: <Items items={lists.items} kind={kind} />,
    })),
    {
      key: 'students',
      label: t('public.students'),
      children: (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('students.note')}</Typography.Text>
          <Typography.Title level={5}>{t('public.byMajor')}</Typography.Title>
          <Sums rows={lists.students.byMajor} />
          <Typography.Title level={5}>{t('public.byLevel')}</Typography.Title>
          <Sums rows={lists.students.byLevel} />
          <Typography.Title level={5}>{t('public.byYear')}</Typography.Title>
          <Sums rows={lists.students.byYear} />
        </Space>
      ),
    },
  ];
  return <Tabs items={tabs} />;
}

export default function PublicListsPage() {
  const t = useT(LIST_MESSAGES);
  const { bodyId } = useParams();
  const lists = usePublicLists(bodyId);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Content style={{ maxWidth: 1100, width: '100%', margin: '0 auto', padding: 16 }}>
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
          <div>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {t('public.title', { body: lists.data?.body.name ?? '' })}
            </Typography.Title>
            <Typography.Text type="secondary">{t('public.subtitle')}</Typography.Text>
          </div>
          <Space wrap>
            <Link to={`/public/talent/${bodyId}/reports`}>{t('public.reports')}</Link>
            <LanguageSwitch />
            <Button href="/login">{t('public.signIn')}</Button>
          </Space>
        </Flex>
        {lists.isError && <QueryError error={lists.error} onRetry={lists.refetch} />}
        <Card>{lists.data ? <Content lists={lists.data} /> : <Skeleton active />}</Card>
      </Layout.Content>
    </Layout>
  );
}
