/** The body register: search by name, filter by kind and region, page through; "new" for those who may create. */
import { PlusOutlined } from '@ant-design/icons';
import { BODY_KINDS, type TBodySummary } from '@chanjiao/contracts/bodies';
import { Button, Card, Table, type TableProps, Tag, Tooltip, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useCan } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { formatDate } from '../../../app/format';
import { useBilingual, useT } from '../../../app/i18n';
import { useRegions } from '../../../shared/hooks/use-regions';
import { BodyFilterBar } from '../components/BodyFilterBar';
import { BODY_PAGE_SIZE, useBodyList } from '../hooks/use-bodies';
import { useBodyFilters } from '../hooks/use-body-filters';
import { BODY_MESSAGES } from '../messages';

export default function BodyListPage() {
  const t = useT(BODY_MESSAGES);
  const bilingual = useBilingual();
  const can = useCan();
  const navigate = useNavigate();
  const [filters, setFilters] = useBodyFilters();
  const list = useBodyList(filters);
  const regions = useRegions();

  const columns: TableProps<TBodySummary>['columns'] = [
    {
      key: 'name',
      title: t('column.name'),
      render: (_, body) => (
        <>
          <Link to={`/bodies/${body.id}`}>{body.name}</Link>
          {body.shortName && <Typography.Text type="secondary"> （{body.shortName}）</Typography.Text>}
          {body.isGenerated && (
            <Tooltip title={t('generated.hint')}>
              <Tag style={{ marginInlineStart: 8 }}>{t('generated')}</Tag>
            </Tooltip>
          )}
        </>
      ),
    },
    { key: 'kind', title: t('column.kind'), width: 170, render: (_, body) => bilingual(BODY_KINDS[body.kind]) },
    {
      key: 'region',
      title: t('column.region'),
      width: 150,
      render: (_, body) => (body.regionCode ? regions.data?.nameOf(body.regionCode) || body.regionName : ''),
    },
    {
      key: 'secretariat',
      title: t('column.secretariat'),
      width: 220,
      render: (_, body) => body.secretariatOrg && <Link to={`/orgs/${body.secretariatOrg.id}`}>{body.secretariatOrg.name}</Link>,
    },
    { key: 'memberCount', title: t('column.memberCount'), width: 110, align: 'right', dataIndex: 'memberCount' },
    { key: 'foundedOn', title: t('column.foundedOn'), width: 120, render: (_, body) => formatDate(body.foundedOn) },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={
          can('body.create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/bodies/new')}>
              {t('list.create')}
            </Button>
          )
        }
      />
      <Card>
        <BodyFilterBar filters={filters} onChange={setFilters} />
        {list.isError ? (
          <QueryError error={list.error} onRetry={list.refetch} />
        ) : (
          <Table<TBodySummary>
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            onChange={(pagination) => setFilters({ page: pagination.current ?? 1 })}
            scroll={{ x: 1000 }}
            locale={{ emptyText: t('list.empty') }}
            pagination={{
              current: filters.page,
              pageSize: BODY_PAGE_SIZE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => t('list.total', { total }),
            }}
          />
        )}
      </Card>
    </>
  );
}
