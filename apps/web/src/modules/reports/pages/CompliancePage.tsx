/** The authority's compliance evaluation of a cycle: summary per level, the rule and checklist, and each report's experts and result. */
import {
  COMPLIANCE_CHECKS,
  COMPLIANCE_RESULTS,
  EVALUATION_STATUSES,
  REPORT_LEVELS,
  REPORT_STATUSES,
  type ComplianceCheck,
  type TComplianceReportRow,
} from '@chanjiao/contracts/reports/index';
import { App, Button, Card, Collapse, List, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useCompactScreen } from '../../../app/use-compact-screen';
import { useBilingual, useT } from '../../../app/i18n';
import { ComplianceDetails } from '../components/ComplianceDetails';
import { AssignExpertModal } from '../components/AssignExpertModal';
import { SendBackModal } from '../components/SendBackModal';
import { EVALUATION_COLORS, RESULT_COLORS } from '../compliance-colors';
import { COMPLIANCE_MESSAGES } from '../compliance-messages';
import { useComplianceActions, useComplianceOverview } from '../hooks/compliance-api';
import { STATUS_COLORS } from '../status-colors';

export default function CompliancePage() {
  const t = useT(COMPLIANCE_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const { id = '' } = useParams();
  const overview = useComplianceOverview(id);
  const actions = useComplianceActions(id);
  const [assigning, setAssigning] = useState<TComplianceReportRow | null>(null);
  const [sending, setSending] = useState<TComplianceReportRow | null>(null);
  const data = overview.data;
  const compact = useCompactScreen();
  const resultTag = (r: TComplianceReportRow) => <Tag color={RESULT_COLORS[r.result]}>{bilingual(COMPLIANCE_RESULTS[r.result])}</Tag>;
  const actionsOf = (r: TComplianceReportRow) => (
    <Space wrap size={4}>
      <Button size="small" disabled={!!r.blockedReason} title={r.blockedReason ?? undefined} onClick={() => setAssigning(r)}>
        {t('assign.button')}
      </Button>
      {r.maySendBack && (
        <Button size="small" danger onClick={() => setSending(r)}>
          {t('sendBack.button')}
        </Button>
      )}
    </Space>
  );
  return (
    <>
      <PageHeader
        backTo={`/reports/cycles/${id}`}
        title={t('overview.title')}
        subtitle={data ? data.cycle.title : t('overview.subtitle')}
      />
      {overview.isError && <QueryError error={overview.error} onRetry={overview.refetch} />}
      {data && (
        <>
          <Card size="small" title={t('summary.title')} style={{ marginBottom: 12 }}>
            <Table
              rowKey="level"
              size="small"
              pagination={false}
              dataSource={data.summary}
              scroll={{ x: 560 }}
              columns={[
                { key: 'level', title: t('summary.level'), render: (_, r) => bilingual(REPORT_LEVELS[r.level]) },
                { key: 'participants', title: t('summary.participants'), dataIndex: 'participants', width: 80 },
                { key: 'evaluated', title: t('summary.evaluated'), dataIndex: 'evaluated', width: 80 },
                { key: 'passed', title: t('summary.passed'), dataIndex: 'passed', width: 80 },
                { key: 'findings', title: t('summary.findings'), dataIndex: 'findings', width: 100 },
                { key: 'failed', title: t('summary.failed'), dataIndex: 'failed', width: 80 },
                { key: 'pending', title: t('summary.pending'), dataIndex: 'pending', width: 80 },
              ]}
            />
          </Card>
          <Collapse
            style={{ marginBottom: 12 }}
            items={[
              {
                key: 'rule',
                label: t('rule.title', { version: data.checklist.version }),
                children: (
                  <>
                    <Typography.Paragraph>{bilingual(data.rule)}</Typography.Paragraph>
                    <List
                      size="small"
                      dataSource={data.checklist.items}
                      renderItem={(item) => (
                        <List.Item>
                          <List.Item.Meta
                            title={
                              <Space wrap>
                                {bilingual(item.title)}
                                <Tag>
                                  {item.check
                                    ? t('rule.platform', { check: bilingual(COMPLIANCE_CHECKS[item.check as ComplianceCheck]) })
                                    : t('rule.expert')}
                                </Tag>
                              </Space>
                            }
                            description={bilingual(item.guidance)}
                          />
                        </List.Item>
                      )}
                    />
                  </>
                ),
              },
            ]}
          />
          <Card title={t('reports.title')}>
            <Table
              rowKey="id"
              size="small"
              dataSource={data.reports}
              scroll={compact ? undefined : { x: 900 }}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              expandable={{ expandedRowRender: (report) => <ComplianceDetails report={report} /> }}
              columns={[
                {
                  key: 'org',
                  title: t('col.org'),
                  render: (_, r) => (
                    <>
                      {r.org.name}
                      <div style={{ color: '#888', fontSize: 12 }}>{bilingual(REPORT_LEVELS[r.level])}</div>
                      {compact && (
                        <Space wrap size={4} style={{ marginTop: 4 }}>
                          {resultTag(r)}
                          {actionsOf(r)}
                        </Space>
                      )}
                    </>
                  ),
                },
                {
                  key: 'status',
                  title: t('col.status'),
                  width: 130,
                  responsive: ['md'],
                  render: (_, r) => (
                    <Space direction="vertical" size={2}>
                      <Tag color={STATUS_COLORS[r.status]}>{bilingual(REPORT_STATUSES[r.status])}</Tag>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t(r.published ? 'published' : 'unpublished')}
                      </Typography.Text>
                    </Space>
                  ),
                },
                {
                  key: 'experts',
                  title: t('col.experts'),
                  width: 240,
                  responsive: ['md'],
                  render: (_, r) => (
                    <Space wrap size={4}>
                      {r.evaluations.map((e) => (
                        <Tag
                          key={e.id}
                          color={EVALUATION_COLORS[e.status]}
                          closable={e.status === 'assigned'}
                          onClose={(event) => {
                            event.preventDefault();
                            actions.unassign.mutate(e.id, {
                              onSuccess: () => void message.success(t('unassign.done')),
                              onError: (error) => reportError(error),
                            });
                          }}
                          title={e.conflictReason ?? undefined}
                        >
                          {e.expert.name} · {bilingual(EVALUATION_STATUSES[e.status])}
                        </Tag>
                      ))}
                    </Space>
                  ),
                },
                {
                  key: 'result',
                  title: t('col.result'),
                  width: 150,
                  responsive: ['md'],
                  render: (_, r) => resultTag(r),
                },
                {
                  key: 'actions',
                  title: t('col.actions'),
                  width: 190,
                  responsive: ['md'],
                  render: (_, r) => actionsOf(r),
                },
              ]}
            />
          </Card>
        </>
      )}
      {data && assigning && (
        <AssignExpertModal
          report={assigning}
          experts={data.experts}
          pending={actions.assign.isPending}
          onClose={() => setAssigning(null)}
          onAssign={(expertId, onError) =>
            actions.assign.mutate(
              { reportId: assigning.id, expertId },
              {
                onSuccess: () => {
                  setAssigning(null);
                  void message.success(t('assign.done'));
                },
                onError,
              },
            )
          }
        />
      )}
      {sending && (
        <SendBackModal
          report={sending}
          pending={actions.sendBack.isPending}
          onClose={() => setSending(null)}
          onSend={(body, onError) =>
            actions.sendBack.mutate(
              { reportId: sending.id, body },
              {
                onSuccess: () => {
                  setSending(null);
                  void message.success(t('sendBack.done'));
                },
                onError,
              },
            )
          }
        />
      )}
    </>
  );
}
