/**
 * 企业清单 (指标3.1): the secretariat admits, refuses, approves exits and removes; an enterprise applies and asks to
 * leave; everyone reading the body sees who is on the list, each entry with its dated steps and reasons.
 */
import {
  ENTERPRISE_LIST_ACTIONS,
  ENTERPRISE_LIST_STATUSES,
  type EnterpriseDecision,
  type TEnterpriseListEntry,
  ZEnterpriseDecisionInput,
  ZEnterpriseExitRequest,
} from '@chanjiao/contracts/talent/index';
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { downloadFile } from '../../../app/api';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { ListImportControls } from '../components/ListImportControls';
import { EnterpriseApplyModal } from '../components/EnterpriseApplyModal';
import { ListHistory } from '../components/ListHistory';
import { StepReasonModal } from '../components/StepReasonModal';
import { TalentBodyPicker } from '../components/TalentBodyPicker';
import { useEnterpriseList, useEnterpriseListActions } from '../hooks/lists-api';
import { useTalentAccess } from '../hooks/talent-api';
import { useTalentBody } from '../hooks/use-talent-body';
import { LIST_MESSAGES } from '../lists-messages';

const STATUS_COLOURS: Record<string, string> = {
  applied: 'gold',
  listed: 'green',
  rejected: 'red',
  exit_requested: 'orange',
  exited: 'default',
};
type Step = { entry: TEnterpriseListEntry; action: EnterpriseDecision | 'request_exit' };

function Enterprises({ bodyId }: { bodyId: string }) {
  const t = useT(LIST_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const access = useTalentAccess(bodyId);
  const manages = access.data?.lists ?? false;
  const list = useEnterpriseList(bodyId);
  const actions = useEnterpriseListActions(bodyId);
  const [applying, setApplying] = useState(false);
  const [step, setStep] = useState<Step | null>(null);
  const items = list.data?.items ?? [];
  const own = new Set((access.data?.demandOrgs ?? []).map((o) => o.id));
  const open = new Set(items.filter((e) => ['applied', 'listed', 'exit_requested'].includes(e.status)).map((e) => e.org.id));
  const mayApply = (access.data?.demandOrgs ?? []).filter((o) => !open.has(o.id));
  const done = { onSuccess: () => void message.success(t('saved')), onError: (error: unknown) => reportError(error) };
  const decide = (entry: TEnterpriseListEntry, action: EnterpriseDecision) =>
    actions.decide.mutate({ entryId: entry.id, action, version: entry.version }, done);
  const submitStep = (reason: string | undefined) => {
    if (!step) return;
    const after = { ...done, onSuccess: () => (done.onSuccess(), setStep(null)) };
    if (step.action === 'request_exit') {
      actions.requestExit.mutate({ entryId: step.entry.id, reason: reason ?? '', version: step.entry.version }, after);
    } else actions.decide.mutate({ entryId: step.entry.id, action: step.action, reason, version: step.entry.version }, after);
  };
  return (
    <Card
      extra={
        <Space wrap>
          {mayApply.length > 0 && !manages && (
            <Button type="primary" onClick={() => setApplying(true)}>
              {t('ent.apply')}
            </Button>
          )}
          {manages && <ListImportControls bodyId={bodyId} list="enterprises" />}
          <Button
            icon={<DownloadOutlined />}
            onClick={() =>
              void downloadFile(`/api/bodies/${bodyId}/talent/lists/enterprises/export.xlsx`, undefined, `${t('ent.title')}.xlsx`)
            }
          >
            {t('export')}
          </Button>
        </Space>
      }
    >
      {list.isError && <QueryError error={list.error} onRetry={list.refetch} />}
      <Table
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={items}
        locale={{ emptyText: t('ent.empty') }}
        scroll={{ x: 860 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{
          expandedRowRender: (e) => (
            <ListHistory history={e.history} actions={ENTERPRISE_LIST_ACTIONS} statuses={ENTERPRISE_LIST_STATUSES} />
          ),
        }}
        columns={[
          {
            key: 'org',
            title: t('ent.col.org'),
            width: 220,
            render: (_, e) => (
              <>
                {e.org.name}
                <div style={{ color: '#888' }}>{e.region?.name}</div>
              </>
            ),
          },
          {
            key: 'status',
            title: t('status'),
            width: 100,
            render: (_, e) => <Tag color={STATUS_COLOURS[e.status]}>{bilingual(ENTERPRISE_LIST_STATUSES[e.status])}</Tag>,
          },
          {
            key: 'dates',
            title: t('ent.col.dates'),
            width: 130,
            render: (_, e) => [e.appliedOn, e.listedOn ?? '—', e.exitedOn ?? '—'].join(' / '),
          },
          {
            key: 'statement',
            title: t('ent.col.statement'),
            render: (_, e) => (
              <>
                {e.statement}
                {e.reason && e.reason !== e.statement && <div style={{ color: '#888' }}>{`${t('reason')}：${e.reason}`}</div>}
              </>
            ),
          },
          {
            key: 'actions',
            width: 200,
            render: (_, e) => (
              <Space size={4} wrap>
                {manages && e.status === 'applied' && (
                  <>
                    <Button size="small" type="primary" loading={actions.decide.isPending} onClick={() => decide(e, 'admit')}>
                      {t('ent.admit')}
                    </Button>
                    <Button size="small" danger onClick={() => setStep({ entry: e, action: 'reject' })}>
                      {t('ent.reject')}
                    </Button>
                  </>
                )}
                {manages && e.status === 'exit_requested' && (
                  <Button size="small" onClick={() => decide(e, 'approve_exit')}>
                    {t('ent.approveExit')}
                  </Button>
                )}
                {manages && (e.status === 'listed' || e.status === 'exit_requested') && (
                  <Button size="small" type="link" danger onClick={() => setStep({ entry: e, action: 'remove' })}>
                    {t('ent.remove')}
                  </Button>
                )}
                {!manages && own.has(e.org.id) && e.status === 'listed' && (
                  <Button size="small" onClick={() => setStep({ entry: e, action: 'request_exit' })}>
                    {t('ent.requestExit')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {applying && <EnterpriseApplyModal bodyId={bodyId} orgs={mayApply} onClose={() => setApplying(false)} />}
      {step && (
        <StepReasonModal
          title={`${bilingual(ENTERPRISE_LIST_ACTIONS[step.action])}：${step.entry.org.name}`}
          schema={step.action === 'request_exit' ? ZEnterpriseExitRequest : ZEnterpriseDecisionInput}
          body={step.action === 'request_exit' ? { version: step.entry.version } : { action: step.action, version: step.entry.version }}
          pending={actions.decide.isPending || actions.requestExit.isPending}
          onSubmit={submitStep}
          onClose={() => setStep(null)}
        />
      )}
    </Card>
  );
}

export default function EnterpriseListPage() {
  const t = useT(LIST_MESSAGES);
  const { bodyId, loading } = useTalentBody();
  return (
    <>
      <PageHeader title={t('ent.title')} subtitle={t('ent.subtitle')} actions={<TalentBodyPicker />} />
      {bodyId ? <Enterprises bodyId={bodyId} /> : !loading && <Empty />}
    </>
  );
}
