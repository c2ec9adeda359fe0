/**
 * 岗位清单 (指标3.2): listed enterprises add and adjust positions, every adjustment kept; drafts are published or
 * withdrawn; the secretariat imports positions from the template; every reader of the body sees what was published.
 */
import { DownloadOutlined } from '@ant-design/icons';
import {
  LIST_ENTRY_STATUSES,
  LIST_STATUS_ACTIONS,
  TALENT_LABELS,
  TALENT_LEVELS,
  type TTalentJob,
  ZListStatusInput,
} from '@chanjiao/contracts/talent/index';
import { App, Button, Card, Empty, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { downloadFile } from '../../../app/api';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { JobFormModal } from '../components/JobFormModal';
import { ListImportControls } from '../components/ListImportControls';
import { ListHistory } from '../components/ListHistory';
import { StepReasonModal } from '../components/StepReasonModal';
import { TalentBodyPicker } from '../components/TalentBodyPicker';
import { useEnterpriseList, useJobActions, useJobList } from '../hooks/lists-api';
import { useTalentAccess } from '../hooks/talent-api';
import { useActorName } from '../hooks/use-actor-name';
import { useTalentBody } from '../hooks/use-talent-body';
import { LIST_MESSAGES } from '../lists-messages';

export const STATUS_COLOURS: Record<string, string> = { draft: 'default', published: 'green', withdrawn: 'red', expired: 'orange' };
const LIFECYCLE_ACTIONS = { ...LIST_STATUS_ACTIONS, create: { 'zh-CN': '新建草稿', 'en-US': 'created' } };

function Adjustments({ job }: { job: TTalentJob }) {
  const t = useT(LIST_MESSAGES);
  const bilingual = useBilingual();
  const actorName = useActorName();
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      <strong>{t('job.adjustments')}</strong>
      {job.adjustments.map((a) => (
        <div key={a.at}>
          <span
            style={{ color: '#888' }}
          >{`${a.at.slice(0, 10)} ${actorName(a.by)} · ${a.kind === 'create' ? t('job.created') : t('job.adjust')}`}</span>
          {a.reason && <span>{` · ${a.reason}`}</span>}
          {a.kind === 'adjust' && (
            <ul style={{ margin: 0 }}>
              {a.changes.map((c) => (
                <li
                  key={c.field}
                >{`${TALENT_LABELS[c.field] ? bilingual(TALENT_LABELS[c.field]!) : c.field}：${c.before || '—'} → ${c.after || '—'}`}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
      <strong>{t('history')}</strong>
      <ListHistory history={job.history} actions={LIFECYCLE_ACTIONS} statuses={LIST_ENTRY_STATUSES} />
    </Space>
  );
}

function Jobs({ bodyId }: { bodyId: string }) {
  const t = useT(LIST_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const access = useTalentAccess(bodyId);
  const enterprises = useEnterpriseList(bodyId);
  const jobs = useJobList(bodyId);
  const actions = useJobActions(bodyId);
  const [editing, setEditing] = useState<TTalentJob | 'new' | null>(null);
  const [withdrawing, setWithdrawing] = useState<TTalentJob | null>(null);
  const manages = access.data?.lists ?? false;
  const listed = new Set(
    (enterprises.data?.items ?? []).filter((e) => e.status === 'listed' || e.status === 'exit_requested').map((e) => e.org.id),
  );
  const orgs = (access.data?.demandOrgs ?? []).filter((o) => listed.has(o.id));
  const mayEdit = (job: TTalentJob) => orgs.some((o) => o.id === job.org.id);
  const done = { onSuccess: () => void message.success(t('saved')), onError: (error: unknown) => reportError(error) };
  return (
    <Card
      extra={
        <Space wrap>
          {orgs.length > 0 && (
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('job.add')}
            </Button>
          )}
          {manages && <ListImportControls bodyId={bodyId} list="jobs" />}
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void downloadFile(`/api/bodies/${bodyId}/talent/lists/jobs/export.xlsx`, undefined, `${t('job.title')}.xlsx`)}
          >
            {t('export')}
          </Button>
        </Space>
      }
    >
      {jobs.isError && <QueryError error={jobs.error} onRetry={jobs.refetch} />}
      <Table
        rowKey="id"
        size="small"
        loading={jobs.isPending}
        dataSource={jobs.data?.items ?? []}
        locale={{ emptyText: t('job.empty') }}
        scroll={{ x: 980 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{ expandedRowRender: (job) => <Adjustments job={job} /> }}
        columns={[
          { key: 'org', title: t('form.org'), width: 180, render: (_, j) => j.org.name },
          {
            key: 'position',
            title: t('job.col.position'),
            width: 160,
            render: (_, j) => (
              <>
                {j.position}
                <div style={{ color: '#888' }}>{j.occupation}</div>
              </>
            ),
          },
          {
            key: 'majors',
            title: t('job.col.majors'),
            render: (_, j) => j.majors.map((m) => <Tag key={m.code}>{`${m.code} ${m.name}`}</Tag>),
          },
          { key: 'level', title: t('job.col.level'), width: 90, render: (_, j) => bilingual(TALENT_LEVELS[j.educationLevel]) },
          { key: 'headcount', title: t('job.col.headcount'), width: 70, render: (_, j) => j.headcount },
          { key: 'validUntil', title: t('job.col.validUntil'), width: 100, render: (_, j) => j.validUntil ?? '—' },
          {
            key: 'status',
            title: t('status'),
            width: 80,
            render: (_, j) => <Tag color={STATUS_COLOURS[j.status]}>{bilingual(LIST_ENTRY_STATUSES[j.status])}</Tag>,
          },
          {
            key: 'actions',
            width: 170,
            render: (_, j) =>
              mayEdit(j) && (
                <Space size={4} wrap>
                  {j.status === 'draft' && (
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => actions.status.mutate({ jobId: j.id, action: 'publish', version: j.version }, done)}
                    >
                      {t('publish')}
                    </Button>
                  )}
                  {(j.status === 'draft' || j.status === 'published') && (
                    <Button size="small" onClick={() => setEditing(j)}>
                      {t('job.adjust')}
                    </Button>
                  )}
                  {j.status === 'published' && (
                    <Button size="small" type="link" danger onClick={() => setWithdrawing(j)}>
                      {t('withdraw')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      {editing && (
        <JobFormModal bodyId={bodyId} orgs={orgs} editing={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
      {withdrawing && (
        <StepReasonModal
          title={`${t('withdraw')}：${withdrawing.position}`}
          schema={ZListStatusInput}
          body={{ action: 'withdraw', version: withdrawing.version }}
          pending={actions.status.isPending}
          onSubmit={(reason) =>
            actions.status.mutate(
              { jobId: withdrawing.id, action: 'withdraw', reason, version: withdrawing.version },
              { ...done, onSuccess: () => (done.onSuccess(), setWithdrawing(null)) },
            )
          }
          onClose={() => setWithdrawing(null)}
        />
      )}
    </Card>
  );
}

export default function JobListPage() {
  const t = useT(LIST_MESSAGES);
  const { bodyId, loading } = useTalentBody();
  return (
    <>
      <PageHeader title={t('job.title')} subtitle={t('job.subtitle')} actions={<TalentBodyPicker />} />
      {bodyId ? <Jobs bodyId={bodyId} /> : !loading && <Empty />}
    </>
  );
}
