/** The organisation directory: search, filter by type and region, sort, page through, export, and entry points. */
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { ORG_TYPES, SCHOOL_LEVELS } from '@chanjiao/contracts/organizations';
import { Button, Card, Table, type TableProps, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useCan } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { formatDateTime } from '../../../app/format';
import { useReportError } from '../../../app/forms';
import { useBilingual, useLocale, useT } from '../../../app/i18n';
import { useRegions } from '../../../shared/hooks/use-regions';
import { OrgFilterBar } from '../components/OrgFilterBar';
import { useOrgFilters } from '../hooks/use-org-filters';
import type { Schemas } from '../../../app/api';
import { exportOrgs, ORG_PAGE_SIZE, useOrgList } from '../hooks/use-organizations';
import type { OrgFilters } from '../org-filters';
import { ORG_MESSAGES } from '../messages';

type OrgRow = Schemas['OrgPage']['items'][number];
type SortField = 'name' | 'updatedAt';

function sortOrderOf(sort: OrgFilters['sort'], field: SortField) {
  if (sort === field) return 'ascend' as const;
  if (sort === `-${field}`) return 'descend' as const;
  return null;
}

export default function OrgListPage() {
  const t = useT(ORG_MESSAGES);
  const locale = useLocale();
  const bilingual = useBilingual();
  const can = useCan();
  const navigate = useNavigate();
  const reportError = useReportError();
  const [filters, setFilters] = useOrgFilters();
  const list = useOrgList(filters);
  const regions = useRegions();
  const [exporting, setExporting] = useState(false);

  const runExport = async () => {
    setExporting(true);
    try {
      await exportOrgs(filters, t('list.exportName'));
    } catch (error) {
      reportError(error);
    } finally {
      setExporting(false);
    }
  };

  const columns: TableProps<OrgRow>['columns'] = [
    {
      key: 'name',
      title: t('column.name'),
      sorter: true,
      sortDirections: ['ascend', 'descend'],
      sortOrder: sortOrderOf(filters.sort, 'name'),
      render: (_, org) => (
        <>
          <Link to={`/orgs/${org.id}`}>{org.name}</Link>
          {org.shortName && <Typography.Text type="secondary"> （{org.shortName}）</Typography.Text>}
          {org.isGenerated && (
            <Tooltip title={t('generated.hint')}>
              <Tag style={{ marginInlineStart: 8 }}>{t('generated')}</Tag>
            </Tooltip>
          )}
        </>
      ),
    },
    { key: 'type', title: t('column.type'), width: 140, render: (_, org) => bilingual(ORG_TYPES[org.type]) },
    {
      key: 'level',
      title: t('column.level'),
      width: 110,
      render: (_, org) => (org.level ? bilingual(SCHOOL_LEVELS[org.level]) : ''),
    },
    {
      key: 'region',
      title: t('column.region'),
      width: 150,
      render: (_, org) => regions.data?.nameOf(org.regionCode) || org.regionName,
    },
    {
      key: 'uscc',
      title: t('column.uscc'),
      width: 190,
      render: (_, org) =>
        org.uscc ? (
          <Typography.Text style={{ fontFamily: 'monospace' }}>{org.uscc}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('uscc.missing')}</Typography.Text>
        ),
    },
    {
      key: 'updatedAt',
      title: t('column.updatedAt'),
      width: 150,
      sorter: true,
      sortDirections: ['descend', 'ascend'],
      sortOrder: sortOrderOf(filters.sort, 'updatedAt'),
      render: (_, org) => formatDateTime(org.updatedAt, locale),
    },
  ];

  const onTableChange: TableProps<OrgRow>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'paginate') {
      setFilters({ page: pagination.current ?? 1 });
      return;
    }
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = single?.columnKey as SortField | undefined;
    if (!field || !single?.order) setFilters({ sort: 'name' });
    else setFilters({ sort: single.order === 'ascend' ? field : `-${field}` });
  };

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={
          <>
            {can('org.create') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/orgs/new')}>
                {t('list.create')}
              </Button>
            )}
            {can('org.import') && (
              <Button icon={<UploadOutlined />} onClick={() => navigate('/orgs/import')}>
                {t('list.import')}
              </Button>
            )}
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void runExport()}>
              {t('list.export')}
            </Button>
          </>
        }
      />
      <Card>
        <OrgFilterBar filters={filters} onChange={setFilters} />
        {list.isError ? (
          <QueryError error={list.error} onRetry={list.refetch} />
        ) : (
          <Table<OrgRow>
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            onChange={onTableChange}
            scroll={{ x: 1000 }}
            locale={{ emptyText: t('list.empty') }}
            pagination={{
              current: filters.page,
              pageSize: ORG_PAGE_SIZE,
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
