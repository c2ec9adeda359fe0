/**
 * 清单条目: the innovation demands published in numbered issues (指标3.4), the policy, training and service lists,
 * and the student figures (《本期聚焦：市域产教联合体》). The secretariat enters, publishes and withdraws; an enterprise submits its
 * innovation demands; a school enters its figures; everyone reading the body sees what was published.
 */
import { DownloadOutlined } from '@ant-design/icons';
import {
  LIST_ENTRY_STATUSES,
  LIST_ITEM_KINDS,
  LIST_STATUS_ACTIONS,
  type ListItemKind,
  type TListItem,
  ZListStatusInput,
} from '@chanjiao/contracts/talent/index';
import { App, Button, Card, Empty, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { downloadFile } from '../../../app/api';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { ListImportControls } from '../components/ListImportControls';
import { IssueModal } from '../components/IssueModal';
import { ListHistory } from '../components/ListHistory';
import { ListItemFormModal } from '../components/ListItemFormModal';
import { StepReasonModal } from '../components/StepReasonModal';
import { StudentFiguresModal } from '../components/StudentFiguresModal';
import { TalentBodyPicker } from '../components/TalentBodyPicker';
import { useInnovationIssues, useItemActions, useListItems, useStudentActions, useStudentFigures } from '../hooks/lists-api';
import { useTalentAccess } from '../hooks/talent-api';
import { useTalentBody } from '../hooks/use-talent-body';
import { LIST_MESSAGES } from '../lists-messages';
import { defaultStartYear } from '../talent-years';
import { STATUS_COLOURS } from './JobListPage';

const LIFECYCLE_ACTIONS = { ...LIST_STATUS_ACTIONS, create: { 'zh-CN': '新建草稿', 'en-US': 'created' } };

function ExportButton({ bodyId, list, name }: { bodyId: string; list: string; name: string }) {
  const t = useT(LIST_MESSAGES);
  return (
    <Button
      icon={<DownloadOutlined />}
      onClick={() => void downloadFile(`/api/bodies/${bodyId}/talent/lists/${list}/export.xlsx`, undefined, `${name}.xlsx`)}
    >
      {t('export')}
    </Button>
  );
}

function Items({ bodyId, kind }: { bodyId: string; kind: ListItemKind }) {
  const t = useT(LIST_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const access = useTalentAccess(bodyId);
  const items = useListItems(bodyId, kind);
  const issues = useInnovationIssues(bodyId);
  const actions = useItemActions(bodyId);
  const [adding, setAdding] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [withdrawing, setWithdrawing] = useState<TListItem | null>(null);
  const manages = access.data?.lists ?? false;
  const enterprises = access.data?.demandOrgs ?? [];
  const innovation = kind === 'innovation';
  const drafts = (items.data?.items ?? []).filter((i) => i.status === 'draft');
  const done = { onSuccess: () => void message.success(t('saved')), onError: (error: unknown) => reportError(error) };
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {(manages || (innovation && enterprises.length > 0)) && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {manages ? t('entries.add') : t('entries.submit')}
          </Button>
        )}
        {manages && innovation && drafts.length > 0 && <Button onClick={() => setIssuing(true)}>{t('entries.issue')}</Button>}
        {manages && <ListImportControls bodyId={bodyId} list={kind} />}
        <ExportButton bodyId={bodyId} list={kind} name={bilingual(LIST_ITEM_KINDS[kind])} />
      </Space>
      {innovation && (issues.data?.items.length ?? 0) > 0 && (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">{`${t('entries.issues')}：`}</Typography.Text>
          {issues.data!.items.map((issue) => (
            <Tag key={issue.id} color="blue">{`${issue.label} ${issue.name}（${issue.publishedOn}，${issue.itemCount}）`}</Tag>
          ))}
        </div>
      )}
      {items.isError && <QueryError error={items.error} onRetry={items.refetch} />}
      <Table
        rowKey="id"
        size="small"
        loading={items.isPending}
        dataSource={items.data?.items ?? []}
        locale={{ emptyText: t('entries.empty') }}
        scroll={{ x: 880 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{
          expandedRowRender: (i) => (
            <>
              <p>{i.summary}</p>
              <ListHistory history={i.history} actions={LIFECYCLE_ACTIONS} statuses={LIST_ENTRY_STATUSES} />
            </>
          ),
        }}
        columns={[
          {
            key: 'name',
            title: t('entries.col.name'),
            render: (_, i) => (
              <>
                {i.issue && <Tag color="blue">{i.issue.label}</Tag>}
                {i.name}
                {i.field && <div style={{ color: '#888' }}>{i.field}</div>}
              </>
            ),
          },
          { key: 'provider', title: t('entries.col.provider'), width: 180, render: (_, i) => i.provider },
          {
            key: 'validity',
            title: t('entries.col.validity'),
            width: 130,
            render: (_, i) => (innovation ? (i.closesOn ?? '—') : [i.validFrom, i.validUntil].map((d) => d ?? '…').join(' ~ ')),
          },
          {
            key: 'contact',
            title: t('entries.col.contact'),
            width: 140,
            render: (_, i) => (i.contactName ? `${i.contactName} ${i.contactPhone ?? ''}` : '—'),
          },
          {
            key: 'status',
            title: t('status'),
            width: 80,
            render: (_, i) => <Tag color={STATUS_COLOURS[i.status]}>{bilingual(LIST_ENTRY_STATUSES[i.status])}</Tag>,
          },
          {
            key: 'actions',
            width: 110,
            render: (_, i) =>
              manages && (
                <Space size={4}>
                  {i.status === 'draft' && !innovation && (
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => actions.status.mutate({ itemId: i.id, action: 'publish', version: i.version }, done)}
                    >
                      {t('publish')}
                    </Button>
                  )}
                  {i.status === 'published' && (
                    <Button size="small" type="link" danger onClick={() => setWithdrawing(i)}>
                      {t('withdraw')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      {adding && (
        <ListItemFormModal bodyId={bodyId} kind={kind} orgs={enterprises} asEnterprise={!manages} onClose={() => setAdding(false)} />
      )}
      {issuing && <IssueModal bodyId={bodyId} drafts={drafts} onClose={() => setIssuing(false)} />}
      {withdrawing && (
        <StepReasonModal
          title={`${t('withdraw')}：${withdrawing.name}`}
          schema={ZListStatusInput}
          body={{ action: 'withdraw', version: withdrawing.version }}
          pending={actions.status.isPending}
          onSubmit={(reason) =>
            actions.status.mutate(
              { itemId: withdrawing.id, action: 'withdraw', reason, version: withdrawing.version },
              { ...done, onSuccess: () => (done.onSuccess(), setWithdrawing(null)) },
            )
          }
          onClose={() => setWithdrawing(null)}
        />
      )}
    </>
  );
}

function Students({ bodyId }: { bodyId: string }) {
  const t = useT(LIST_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const access = useTalentAccess(bodyId);
  const figures = useStudentFigures(bodyId);
  const actions = useStudentActions(bodyId);
  const [adding, setAdding] = useState(false);
  const schools = access.data?.supplyOrgs ?? [];
  const mayEdit = (orgId: string) => schools.some((s) => s.id === orgId);
  const done = { onSuccess: () => void message.success(t('saved')), onError: (error: unknown) => reportError(error) };
  return (
    <>
      <Typography.Paragraph type="secondary">{t('students.note')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        {schools.length > 0 && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('students.add')}
          </Button>
        )}
        {access.data?.lists && <ListImportControls bodyId={bodyId} list="students" />}
        <ExportButton bodyId={bodyId} list="students" name={t('students.tab')} />
      </Space>
      {figures.isError && <QueryError error={figures.error} onRetry={figures.refetch} />}
      <Table
        rowKey="id"
        size="small"
        loading={figures.isPending}
        dataSource={figures.data?.items ?? []}
        locale={{ emptyText: t('entries.empty') }}
        scroll={{ x: 760 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { key: 'school', title: t('students.col.school'), width: 200, render: (_, s) => s.org.name },
          { key: 'major', title: t('students.col.major'), render: (_, s) => `${s.major.code} ${s.major.name}（${s.major.level}）` },
          { key: 'year', title: t('students.col.year'), width: 90, render: (_, s) => s.graduationYear },
          { key: 'students', title: t('students.col.students'), width: 90, render: (_, s) => s.students },
          { key: 'seeking', title: t('students.col.seeking'), width: 120, render: (_, s) => s.seekingPlacement },
          {
            key: 'status',
            title: t('status'),
            width: 80,
            render: (_, s) => <Tag color={STATUS_COLOURS[s.status]}>{bilingual(LIST_ENTRY_STATUSES[s.status])}</Tag>,
          },
          {
            key: 'actions',
            width: 90,
            render: (_, s) =>
              mayEdit(s.org.id) &&
              s.status === 'draft' && (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => actions.status.mutate({ aggregateId: s.id, action: 'publish', version: s.version }, done)}
                >
                  {t('publish')}
                </Button>
              ),
          },
        ]}
      />
      {adding && <StudentFiguresModal bodyId={bodyId} orgs={schools} year={defaultStartYear()} onClose={() => setAdding(false)} />}
    </>
  );
}

export default function ListEntriesPage() {
  const t = useT(LIST_MESSAGES);
  const bilingual = useBilingual();
  const { bodyId, loading } = useTalentBody();
  return (
    <>
      <PageHeader
        title={t('entries.title')}
        subtitle={t('entries.subtitle')}
        actions={
          <Space wrap>
            {bodyId && <Link to={`/public/talent/${bodyId}`}>{t('public.link')}</Link>}
            <TalentBodyPicker />
          </Space>
        }
      />
      {bodyId ? (
        <Card>
          <Tabs
            items={[
              ...(Object.keys(LIST_ITEM_KINDS) as ListItemKind[]).map((kind) => ({
                key: kind,
                label: bilingual(LIST_ITEM_KINDS[kind]),
                children: <Items bodyId={bodyId} kind={kind} />,
              })),
              { key: 'students', label: t('students.tab'), children: <Students bodyId={bodyId} /> },
            ]}
          />
        </Card>
      ) : (
        !loading && <Empty />
      )}
    </>
  );
}
