/** 系统管理员: background jobs — queued, running, failed with the error (retry), e-mail failures, schedules. */
import type { TEmailDelivery } from '@chanjiao/contracts/notifications/inbox';
import type { TJob, TJobSchedule } from '@chanjiao/contracts/notifications/jobs';
import { App, Button, Card, Col, Row, Statistic, Table, type TableProps, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { RequirePermission } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { formatDateTime } from '../../../app/format';
import { useReportError } from '../../../app/forms';
import { useLocale, useT } from '../../../app/i18n';
import { useEmailFailures, useJobs, useRetryJob } from '../hooks/use-jobs';
import { NOTIFICATION_MESSAGES } from '../messages';

type JobState = 'failed' | 'queued' | 'running';
const ERROR_STYLE = { whiteSpace: 'pre-wrap', wordBreak: 'break-word', margin: 0, fontSize: 12 } as const;

function JobTable({ state }: { state: JobState }) {
  const t = useT(NOTIFICATION_MESSAGES);
  const locale = useLocale();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [page, setPage] = useState(1);
  const jobs = useJobs(state, page);
  const retry = useRetryJob();
  if (jobs.isError) return <QueryError error={jobs.error} onRetry={() => void jobs.refetch()} />;
  const columns: TableProps<TJob>['columns'] = [
    {
      key: 'job',
      title: t('jobs.column.job'),
      render: (_, job) => (
        <>
          <div>{job.title}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {job.name}
          </Typography.Text>
        </>
      ),
    },
    { key: 'attempts', title: t('jobs.column.attempts'), width: 100, render: (_, job) => `${job.attempts} / ${job.maxAttempts}` },
    state === 'queued'
      ? {
          key: 'runAt',
          title: t('jobs.column.runAt'),
          width: 160,
          render: (_, job) => (job.runAt ? formatDateTime(job.runAt, locale) : t('jobs.asap')),
        }
      : state === 'running'
        ? { key: 'startedAt', title: t('jobs.column.startedAt'), width: 160, render: (_, job) => formatDateTime(job.startedAt, locale) }
        : { key: 'finishedAt', title: t('jobs.column.finishedAt'), width: 160, render: (_, job) => formatDateTime(job.finishedAt, locale) },
    {
      key: 'error',
      title: t('jobs.column.error'),
      render: (_, job) => (job.lastError ? <pre style={ERROR_STYLE}>{job.lastError}</pre> : '—'),
    },
  ];
  if (state === 'failed') {
    columns.push({
      key: 'retry',
      width: 80,
      render: (_, job) => (
        <Button
          size="small"
          loading={retry.isPending && retry.variables === job.id}
          onClick={() =>
            retry.mutate(job.id, { onSuccess: () => void message.success(t('jobs.retried')), onError: (error) => reportError(error) })
          }
        >
          {t('jobs.retry')}
        </Button>
      ),
    });
  }
  return (
    <div style={{ overflowX: 'auto' }}>
      <Table
        rowKey="id"
        size="small"
        loading={jobs.isPending}
        columns={columns}
        dataSource={jobs.data?.items ?? []}
        locale={{ emptyText: t('jobs.empty') }}
        pagination={{ current: page, pageSize: 20, total: jobs.data?.counts[state] ?? 0, onChange: setPage, showSizeChanger: false }}
      />
    </div>
  );
}

function EmailFailures() {
  const t = useT(NOTIFICATION_MESSAGES);
  const locale = useLocale();
  const [page, setPage] = useState(1);
  const failures = useEmailFailures(page);
  if (failures.isError) return <QueryError error={failures.error} onRetry={() => void failures.refetch()} />;
  const columns: TableProps<TEmailDelivery>['columns'] = [
    {
      key: 'recipient',
      title: t('email.column.recipient'),
      render: (_, row) => (
        <>
          <div>{row.username}</div>
          <Typography.Text type="secondary">{row.address}</Typography.Text>
        </>
      ),
    },
    { key: 'kind', title: t('email.column.kind'), render: (_, row) => row.kindLabel },
    { key: 'attempts', title: t('jobs.column.attempts'), width: 100, render: (_, row) => row.attempts },
    { key: 'createdAt', title: t('email.column.createdAt'), width: 160, render: (_, row) => formatDateTime(row.createdAt, locale) },
    { key: 'error', title: t('jobs.column.error'), render: (_, row) => <pre style={ERROR_STYLE}>{row.lastError ?? '—'}</pre> },
  ];
  return (
    <div style={{ overflowX: 'auto' }}>
      <Table
        rowKey="id"
        size="small"
        loading={failures.isPending}
        columns={columns}
        dataSource={failures.data?.items ?? []}
        locale={{ emptyText: t('jobs.empty') }}
        pagination={{ current: page, pageSize: 20, total: failures.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
      />
    </div>
  );
}

function Schedules({ schedules }: { schedules: TJobSchedule[] }) {
  const t = useT(NOTIFICATION_MESSAGES);
  const locale = useLocale();
  const columns: TableProps<TJobSchedule>['columns'] = [
    { key: 'job', title: t('jobs.column.job'), render: (_, row) => row.title },
    { key: 'schedule', title: t('jobs.column.schedule'), render: (_, row) => <code>{row.schedule}</code> },
    { key: 'next', title: t('jobs.column.nextRunAt'), width: 160, render: (_, row) => formatDateTime(row.nextRunAt, locale) },
    {
      key: 'last',
      title: t('jobs.column.lastEnqueuedAt'),
      width: 160,
      render: (_, row) => formatDateTime(row.lastEnqueuedAt, locale) || '—',
    },
  ];
  return (
    <div style={{ overflowX: 'auto' }}>
      <Table rowKey="name" size="small" columns={columns} dataSource={schedules} pagination={false} />
    </div>
  );
}

function Jobs() {
  const t = useT(NOTIFICATION_MESSAGES);
  const overview = useJobs('failed', 1);
  const counts = overview.data?.counts;
  return (
    <>
      <PageHeader title={t('jobs.title')} subtitle={t('jobs.subtitle')} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {(['queued', 'running', 'failed', 'succeeded'] as const).map((state) => (
          <Col key={state} xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t(`jobs.count.${state}`)}
                value={counts?.[state] ?? 0}
                valueStyle={state === 'failed' && (counts?.failed ?? 0) > 0 ? { color: '#cf1322' } : undefined}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Card>
        <Tabs
          items={[
            { key: 'failed', label: t('jobs.tab.failed'), children: <JobTable state="failed" /> },
            { key: 'queued', label: t('jobs.tab.queued'), children: <JobTable state="queued" /> },
            { key: 'running', label: t('jobs.tab.running'), children: <JobTable state="running" /> },
            { key: 'email', label: t('jobs.tab.email'), children: <EmailFailures /> },
            { key: 'schedules', label: t('jobs.tab.schedules'), children: <Schedules schedules={overview.data?.schedules ?? []} /> },
          ]}
        />
      </Card>
    </>
  );
}

export default function JobsPage() {
  return (
    <RequirePermission permission="jobs.manage">
      <Jobs />
    </RequirePermission>
  );
}
