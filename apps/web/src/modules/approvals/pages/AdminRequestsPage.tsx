/** 双人审批: the queue the three administrators share — decide another duty's requests, withdraw one's own. */
import {
  ADMIN_DUTY_LABELS,
  ADMIN_REQUEST_KIND_LABELS,
  ADMIN_REQUEST_STATUS_LABELS,
  type TAdminRequest,
} from '@chanjiao/contracts/admin-approvals';
import { ROLES } from '@chanjiao/contracts/permissions';
import { Card, Flex, Segmented, Table, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { RequirePermission } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { formatDateTime } from '../../../app/format';
import { useLocale, useT } from '../../../app/i18n';
import { RequestDecision } from '../components/RequestDecision';
import { REQUEST_PAGE_SIZE, type RequestTab, useAdminRequests } from '../hooks/use-admin-requests';
import { APPROVAL_MESSAGES } from '../approval-messages';

const STATUS_COLORS = { pending: 'gold', approved: 'green', rejected: 'red', cancelled: 'default' } as const;

function AdminRequests() {
  const t = useT(APPROVAL_MESSAGES);
  const locale = useLocale();
  const [tab, setTab] = useState<RequestTab>('pending');
  const [page, setPage] = useState(1);
  const requests = useAdminRequests(tab, page);

  const columns: TableProps<TAdminRequest>['columns'] = [
    {
      key: 'kind',
      title: t('column.kind'),
      width: 200,
      render: (_, request) => (
        <Flex vertical gap={2} align="start">
          <Typography.Text strong>{ADMIN_REQUEST_KIND_LABELS[request.kind][locale]}</Typography.Text>
          {request.role && <Typography.Text type="secondary">{t('role', { role: ROLES[request.role].label[locale] })}</Typography.Text>}
        </Flex>
      ),
    },
    {
      key: 'target',
      title: t('column.target'),
      width: 170,
      render: (_, request) => `${request.target.displayName}（${request.target.username}）`,
    },
    { key: 'reason', title: t('column.reason'), dataIndex: 'reason' },
    {
      key: 'requestedBy',
      title: t('column.requestedBy'),
      width: 200,
      render: (_, request) => (
        <Flex vertical gap={2} align="start">
          <span>{request.requestedBy.displayName}</span>
          <Typography.Text type="secondary">
            {ADMIN_DUTY_LABELS[request.requesterDuty][locale]} · {formatDateTime(request.requestedAt, locale)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('column.status'),
      width: 200,
      render: (_, request) => (
        <Flex vertical gap={2} align="start">
          <Tag color={STATUS_COLORS[request.status]}>{ADMIN_REQUEST_STATUS_LABELS[request.status][locale]}</Tag>
          {request.decidedBy && request.decidedAt && (
            <Typography.Text type="secondary">
              {t('decidedBy', { name: request.decidedBy.displayName, time: formatDateTime(request.decidedAt, locale) })}
            </Typography.Text>
          )}
          {request.decisionNote && <Typography.Text type="secondary">{request.decisionNote}</Typography.Text>}
        </Flex>
      ),
    },
    { key: 'decision', title: t('column.decision'), width: 220, render: (_, request) => <RequestDecision request={request} /> },
  ];

  return (
    <>
      <PageHeader title={t('page.title')} subtitle={t('page.subtitle')} />
      <Card>
        <Segmented<RequestTab>
          style={{ marginBottom: 16 }}
          options={(['pending', 'decided', 'all'] as const).map((value) => ({ value, label: t(`tab.${value}`) }))}
          value={tab}
          onChange={(value) => {
            setTab(value);
            setPage(1);
          }}
        />
        {requests.isError ? (
          <QueryError error={requests.error} onRetry={requests.refetch} />
        ) : (
          <Table<TAdminRequest>
            rowKey="id"
            columns={columns}
            dataSource={requests.data?.items}
            loading={requests.isFetching}
            scroll={{ x: 1100 }}
            locale={{ emptyText: t(tab === 'pending' ? 'empty.pending' : 'empty.other') }}
            onChange={(pagination) => setPage(pagination.current ?? 1)}
            pagination={{
              current: page,
              pageSize: REQUEST_PAGE_SIZE,
              total: requests.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => t('total', { total }),
            }}
          />
        )}
      </Card>
    </>
  );
}

export default function AdminRequestsPage() {
  return (
    <RequirePermission permission="admin.request.decide">
      <AdminRequests />
    </RequirePermission>
  );
}
