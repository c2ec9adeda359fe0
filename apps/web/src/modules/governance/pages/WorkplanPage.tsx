/** The annual work plan (附件3): tasks with timing and progress; units report progress with evidence. */
import { PROGRESS_STATUS_LABELS, TASK_TIMING_LABELS, type TWorkplanTask, type WorkplanView } from '@chanjiao/contracts/governance/workplan';
import { Button, Card, Descriptions, Empty, InputNumber, List, Progress, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSession } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { BodyPicker } from '../components/BodyPicker';
import { WorkplanHistoryDrawer } from '../components/WorkplanHistoryDrawer';
import { WorkplanProgressModal } from '../components/WorkplanProgressModal';
import { WorkplanRetireModal } from '../components/WorkplanRetireModal';
import { WorkplanTaskModal } from '../components/WorkplanTaskModal';
import { GOVERNANCE_PAGE_MESSAGES } from '../governance-page-messages';
import { useMemberUnits } from '../../bodies';
import { useBodyChoice } from '../hooks/use-body-choice';
import { downloadEvidence, useTaskProgress, useWorkplan } from '../hooks/workplan-api';
import { WORKPLAN_MESSAGES } from '../workplan-messages';

const TIMING_COLORS = { done: 'green', late: 'red', due: 'orange', in_window: 'blue', not_started: 'default' } as const;
const REPORTING_ROLES = new Set(['member_representative', 'liaison']);

function TaskDetails({ bodyId, task }: { bodyId: string; task: TWorkplanTask }) {
  const t = useT(WORKPLAN_MESSAGES);
  const bilingual = useBilingual();
  const reportError = useReportError();
  const progress = useTaskProgress(bodyId, task.id);
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'content', label: t('content'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{task.content}</span> },
          { key: 'outcome', label: t('outcome'), children: task.expectedOutcome },
          ...(task.sourceNote ? [{ key: 'source', label: t('source'), children: task.sourceNote }] : []),
        ]}
      />
      <Typography.Title level={5}>{t('history')}</Typography.Title>
      {progress.isError && <QueryError error={progress.error} onRetry={progress.refetch} />}
      <List
        size="small"
        loading={progress.isPending}
        dataSource={progress.data?.items ?? []}
        locale={{ emptyText: t('history.empty') }}
        renderItem={(report) => (
          <List.Item>
            <Space direction="vertical" size={2}>
              <span>
                <Tag>{bilingual(PROGRESS_STATUS_LABELS[report.status])}</Tag>
                {`${report.reportedOn} · ${report.org?.name ?? ''} · ${report.progressPercent}% · ${report.reportedBy ?? ''}`}
              </span>
              <span>{report.note}</span>
              <Space wrap>
                {report.evidence.map((file) => (
                  <Button key={file.id} size="small" type="link" onClick={() => downloadEvidence(bodyId, file).catch(reportError)}>
                    {file.filename}
                  </Button>
                ))}
              </Space>
            </Space>
          </List.Item>
        )}
      />
    </>
  );
}

function Plan({ bodyId }: { bodyId: string }) {
  const t = useT(WORKPLAN_MESSAGES);
  const common = useT(GOVERNANCE_PAGE_MESSAGES);
  const bilingual = useBilingual();
  const me = useSession();
  const units = useMemberUnits(bodyId);
  const [year, setYear] = useState(new Date().getFullYear());
  const [view, setView] = useState<WorkplanView>('all');
  const [reporting, setReporting] = useState<TWorkplanTask | null>(null);
  /** The task being edited, or 'new' while adding one. */
  const [editing, setEditing] = useState<TWorkplanTask | 'new' | null>(null);
  const [retiring, setRetiring] = useState<TWorkplanTask | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const plan = useWorkplan(bodyId, year, view);
  const secretariat = me.roles.some((grant) => grant.role === 'body_secretariat' && grant.scopeId === bodyId);
  const orgs = useMemo(() => {
    const current = units.data ?? [];
    if (secretariat) return current;
    const own = new Set(me.roles.filter((grant) => REPORTING_ROLES.has(grant.role)).map((grant) => grant.scopeId));
    return current.filter((org) => own.has(org.id));
  }, [me.roles, units.data, secretariat]);

  return (
    <Card>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>{t('year')}</span>
        <InputNumber min={2000} max={2200} value={year} onChange={(value) => value && setYear(value)} />
        <Segmented
          value={view}
          onChange={(value) => setView(value as typeof view)}
          options={[
            { value: 'all', label: t('view.all') },
            { value: 'attention', label: t('view.attention') },
            { value: 'mine', label: t('view.mine') },
          ]}
        />
        {plan.data && (
          <Typography.Text type="secondary">{t('counts', { ...plan.data.counts, days: plan.data.dueWithinDays })}</Typography.Text>
        )}
        {plan.data && <Button onClick={() => setShowHistory(true)}>{t('plan.history', { version: plan.data.planVersion })}</Button>}
        {plan.data?.abilities.manage && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('task.add')}
          </Button>
        )}
      </Space>
      {plan.isError && <QueryError error={plan.error} onRetry={plan.refetch} />}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={plan.isPending}
        dataSource={plan.data?.items ?? []}
        locale={{ emptyText: t('empty') }}
        scroll={{ x: 1060 }}
        expandable={{ expandedRowRender: (task) => <TaskDetails bodyId={bodyId} task={task} /> }}
        columns={[
          { key: 'section', title: t('column.section'), dataIndex: 'section', width: 170 },
          {
            key: 'title',
            title: t('column.title'),
            width: 200,
            render: (_, task) =>
              task.retired ? (
                <Space direction="vertical" size={0}>
                  <Typography.Text delete>{task.title}</Typography.Text>
                  <Tag>{t('task.retired')}</Tag>
                  <Typography.Text type="secondary">
                    {t('task.retiredOn', { date: task.retired.on, reason: task.retired.reason })}
                  </Typography.Text>
                </Space>
              ) : (
                task.title
              ),
          },
          { key: 'window', title: t('column.window'), dataIndex: 'windowText', width: 120 },
          {
            key: 'units',
            title: t('column.units'),
            render: (_, task) => (
              <Space wrap size={4}>
                {task.units.map((unit) => (
                  <Tag key={unit.name} color={unit.role === 'lead' ? 'gold' : undefined}>
                    {unit.role === 'lead' ? `${t('lead')}：` : ''}
                    {unit.name}
                    {unit.resolved ? `（${unit.resolved}）` : ''}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            key: 'timing',
            title: t('column.timing'),
            width: 150,
            render: (_, task) =>
              !task.retired && (
                <Space direction="vertical" size={0}>
                  <Tag color={TIMING_COLORS[task.timing]}>{bilingual(TASK_TIMING_LABELS[task.timing])}</Tag>
                  {!task.done && (
                    <Typography.Text type="secondary">
                      {task.daysLeft < 0 ? t('daysLate', { days: -task.daysLeft }) : t('daysLeft', { days: task.daysLeft })}
                    </Typography.Text>
                  )}
                </Space>
              ),
          },
          {
            key: 'progress',
            title: t('column.progress'),
            width: 140,
            render: (_, task) => <Progress percent={task.progressPercent} size="small" />,
          },
          {
            key: 'actions',
            title: common('common.actions'),
            width: 120,
            render: (_, task) => (
              <Space wrap size={4}>
                {task.abilities.report && (
                  <Button size="small" onClick={() => setReporting(task)}>
                    {t('report')}
                  </Button>
                )}
                {task.abilities.manage && (
                  <>
                    <Button size="small" onClick={() => setEditing(task)}>
                      {t('task.edit')}
                    </Button>
                    <Button size="small" danger onClick={() => setRetiring(task)}>
                      {t('task.retire')}
                    </Button>
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />
      {reporting && (
        <WorkplanProgressModal bodyId={bodyId} task={reporting} orgs={orgs} forBody={secretariat} onClose={() => setReporting(null)} />
      )}
      {editing && (
        <WorkplanTaskModal bodyId={bodyId} year={year} task={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {retiring && <WorkplanRetireModal bodyId={bodyId} task={retiring} onClose={() => setRetiring(null)} />}
      {showHistory && <WorkplanHistoryDrawer bodyId={bodyId} year={year} onClose={() => setShowHistory(false)} />}
    </Card>
  );
}

export default function WorkplanPage() {
  const t = useT(WORKPLAN_MESSAGES);
  const common = useT(GOVERNANCE_PAGE_MESSAGES);
  const { bodyId } = useBodyChoice();
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={<BodyPicker />} />
      {bodyId ? <Plan bodyId={bodyId} /> : <Empty description={common('body.none')} />}
    </>
  );
}
