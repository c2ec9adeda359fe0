/**
 * One call for its authority: notice and deadline, publish/close, indicator system, when applicants are reminded
 * of the deadline (提醒设置), applications and exports.
 */
import { FileExcelOutlined } from '@ant-design/icons';
import type { TApplicationSummary, TCall } from '@chanjiao/contracts/selection/index';
import { Button, Card, Descriptions, Popconfirm, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { client, downloadFile, unwrap } from '../../../app/api';
import { RequirePermission } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { formatDateTime } from '../../../app/format';
import { useReportError } from '../../../app/forms';
import { useLocale, useT } from '../../../app/i18n';
import { ReminderRulesPanel } from '../../notifications';
import { ReviewBoardLink } from '../components/ReviewBoardLink';
import { CallPhaseTag } from '../components/CallPhaseTag';
import { StatusTag } from '../components/StatusTag';
import { useCall, useCallApplications, useInvalidateSelection } from '../hooks/use-selection';
import { SELECTION_MESSAGES } from '../messages';

function Transitions({ call }: { call: TCall }) {
  const t = useT(SELECTION_MESSAGES);
  const report = useReportError();
  const invalidate = useInvalidateSelection();
  const act = (action: 'open' | 'close') => () =>
    void unwrap(client.POST(`/api/selection/calls/{id}/${action}`, { params: { path: { id: call.id } }, body: { version: call.version } }))
      .then(invalidate)
      .catch(report);
  return (
    <Space wrap>
      {call.status === 'draft' && (
        <Popconfirm title={t('call.open.confirm')} onConfirm={act('open')}>
          <Button type="primary">{t('call.open')}</Button>
        </Popconfirm>
      )}
      {call.status === 'open' && (
        <Popconfirm title={t('call.close.confirm')} onConfirm={act('close')}>
          <Button>{t('call.close')}</Button>
        </Popconfirm>
      )}
      <ReviewBoardLink callId={call.id} status={call.status} />
      <Button
        icon={<FileExcelOutlined />}
        onClick={() =>
          void downloadFile(`/api/selection/calls/${call.id}/summary.xlsx`, undefined, `${call.title}申报汇总表.xlsx`).catch(report)
        }
      >
        {t('call.summary')}
      </Button>
    </Space>
  );
}

function CallView({ id }: { id: string }) {
  const t = useT(SELECTION_MESSAGES);
  const locale = useLocale();
  const call = useCall(id);
  const applications = useCallApplications(id);
  if (call.isPending) return <Skeleton active />;
  if (call.isError) return <QueryError error={call.error} onRetry={() => call.refetch()} />;
  const c = call.data;
  return (
    <>
      <PageHeader title={c.title} subtitle={<CallPhaseTag phase={c.phase} />} backTo="/selection" actions={<Transitions call={c} />} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          // One column on a phone, so the values are not squeezed into a few characters a line.
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'doc', label: t('call.documentNumber'), children: c.documentNumber },
            { key: 'deadline', label: t('call.deadline'), children: c.deadline.replace('T', ' ') },
            {
              key: 'indicators',
              label: t('call.indicators'),
              children: (
                <Space>
                  <Link to={`/selection/indicators/${c.indicatorSystem.id}`}>
                    {c.indicatorSystem.name} {t('indicators.version', { n: c.indicatorSystem.versionNo })}
                  </Link>
                  {t('call.indicators.total', { total: c.indicatorSystem.totalMaxScore, deduction: c.indicatorSystem.maxDeduction })}
                  {c.indicatorSystem.frozenAt && <Tag>{t('call.frozen')}</Tag>}
                </Space>
              ),
            },
            {
              key: 'counts',
              label: t('call.applications'),
              children: t('call.counts', { submitted: c.submittedCount, total: c.applicationCount }),
            },
            {
              key: 'notice',
              label: t('call.notice'),
              span: 'filled',
              children: (
                <Typography.Paragraph ellipsis={{ rows: 4, expandable: true }} style={{ whiteSpace: 'pre-wrap' }}>
                  {c.noticeText}
                </Typography.Paragraph>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('call.applicationList')} style={{ marginBottom: 16 }}>
        <Table<TApplicationSummary>
          rowKey="id"
          loading={applications.isPending}
          dataSource={applications.data?.items ?? []}
          pagination={false}
          columns={[
            {
              title: t('app.consortium'),
              render: (_, a) => <Link to={`/selection/calls/${id}/applications/${a.id}`}>{a.consortiumName}</Link>,
            },
            { title: t('app.park'), dataIndex: 'parkName' },
            { title: t('app.applicant'), render: (_, a) => a.applicantOrg.name },
            { title: t('call.status'), render: (_, a) => <StatusTag status={a.status} /> },
            { title: t('versions.returnReason'), dataIndex: 'returnReason' },
            { title: t('versions.submittedAt'), render: (_, a) => formatDateTime(a.submittedAt, locale) },
          ]}
        />
      </Card>
      <Card title={t('call.reminders')}>
        <ReminderRulesPanel scope={{ kind: 'call', id }} />
      </Card>
    </>
  );
}

export default function CallDetailPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission="selection.call.manage">
      <CallView id={id} />
    </RequirePermission>
  );
}
