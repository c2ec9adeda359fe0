/** Bulletins of a body: members draft and submit 简讯; the secretariat edits, numbers and publishes them. */
import { PlusOutlined } from '@ant-design/icons';
import { BULLETIN_STATUS_LABELS, BULLETIN_STATUSES, type BulletinStatus, type TBulletin } from '@chanjiao/contracts/governance/bulletins';
import { App, Button, Card, Empty, Select, Space, Table, Tabs, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useSession } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { BULLETIN_MESSAGES } from '../bulletins-messages';
import { BodyPicker } from '../components/BodyPicker';
import { BulletinFormModal } from '../components/BulletinFormModal';
import { BulletinPublishModal } from '../components/BulletinPublishModal';
import { BulletinQuarterTable } from '../components/BulletinQuarterTable';
import { GOVERNANCE_PAGE_MESSAGES } from '../governance-page-messages';
import { useMemberUnits } from '../../bodies';
import { downloadBulletin, useBulletins, useSubmitBulletin } from '../hooks/bulletins-api';
import { useBodyChoice } from '../hooks/use-body-choice';

const STATUS_COLORS = { draft: 'default', submitted: 'orange', published: 'green' } as const;
const DRAFTING_ROLES = new Set(['member_representative', 'liaison']);

/** Units the user may draft for: every member for the body's secretariat, else the member units they serve. */
function useDraftingOrgs(bodyId: string) {
  const me = useSession();
  const units = useMemberUnits(bodyId);
  return useMemo(() => {
    const all = units.data ?? [];
    const secretariat = me.roles.some((g) => g.role === 'body_secretariat' && g.scopeId === bodyId);
    if (secretariat) return { orgs: all, secretariat };
    const own = new Set(me.roles.filter((g) => DRAFTING_ROLES.has(g.role)).map((g) => g.scopeId));
    return { orgs: all.filter((org) => own.has(org.id)), secretariat };
  }, [bodyId, me.roles, units.data]);
}

function BulletinList({ bodyId }: { bodyId: string }) {
  const t = useT(BULLETIN_MESSAGES);
  const common = useT(GOVERNANCE_PAGE_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [status, setStatus] = useState<BulletinStatus | undefined>();
  const list = useBulletins(bodyId, status);
  const submit = useSubmitBulletin(bodyId);
  const { orgs, secretariat } = useDraftingOrgs(bodyId);
  const [editing, setEditing] = useState<TBulletin | 'new' | null>(null);
  const [publishing, setPublishing] = useState<TBulletin | null>(null);

  const actions = (bulletin: TBulletin) => (
    <Space wrap>
      {bulletin.abilities.edit && (
        <Button size="small" onClick={() => setEditing(bulletin)}>
          {t('edit')}
        </Button>
      )}
      {bulletin.abilities.submit && (
        <Button
          size="small"
          loading={submit.isPending}
          onClick={() => submit.mutate(bulletin, { onSuccess: () => void message.success(t('submitted')), onError: (e) => reportError(e) })}
        >
          {t('submit')}
        </Button>
      )}
      {bulletin.abilities.publish && (
        <Button size="small" type="primary" onClick={() => setPublishing(bulletin)}>
          {t('publish')}
        </Button>
      )}
      <Button size="small" onClick={() => downloadBulletin(bodyId, bulletin).catch(reportError)}>
        {t('docx')}
      </Button>
    </Space>
  );

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          allowClear
          placeholder={t('filter.status')}
          style={{ width: 180 }}
          value={status}
          onChange={setStatus}
          options={BULLETIN_STATUSES.map((value) => ({ value, label: bilingual(BULLETIN_STATUS_LABELS[value]) }))}
        />
        {orgs.length > 0 && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('new')}
          </Button>
        )}
        <Link to="/public/bulletins">{t('publicPage')}</Link>
      </Space>
      {list.isError && <QueryError error={list.error} onRetry={list.refetch} />}
      <Table
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('empty') }}
        columns={[
          {
            key: 'issue',
            title: t('column.issue'),
            width: 90,
            render: (_, b) => (b.issueNumber ? t('issue', { number: b.issueNumber }) : ''),
          },
          { key: 'subject', title: t('column.subject'), dataIndex: 'subject' },
          { key: 'org', title: t('column.org'), render: (_, b) => b.org.name },
          {
            key: 'status',
            title: t('column.status'),
            width: 120,
            render: (_, b) => <Tag color={STATUS_COLORS[b.status]}>{bilingual(BULLETIN_STATUS_LABELS[b.status])}</Tag>,
          },
          { key: 'issuedOn', title: t('column.issuedOn'), dataIndex: 'issuedOn', width: 120 },
          { key: 'counts', title: t('column.counts'), width: 100, render: (_, b) => `${b.viewCount} / ${b.shareCount}` },
          { key: 'actions', title: common('common.actions'), render: (_, b) => actions(b) },
        ]}
      />
      {editing && (
        <BulletinFormModal
          bodyId={bodyId}
          bulletin={editing === 'new' ? null : editing}
          orgs={editing === 'new' ? orgs : [editing.org]}
          withTitleBlock={secretariat && editing !== 'new'}
          onClose={() => setEditing(null)}
        />
      )}
      {publishing && <BulletinPublishModal bodyId={bodyId} bulletin={publishing} onClose={() => setPublishing(null)} />}
    </>
  );
}

export default function BulletinsPage() {
  const t = useT(BULLETIN_MESSAGES);
  const common = useT(GOVERNANCE_PAGE_MESSAGES);
  const { bodyId } = useBodyChoice();
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={<BodyPicker />} />
      {bodyId ? (
        <Card>
          <Tabs
            items={[
              { key: 'list', label: t('tab.list'), children: <BulletinList bodyId={bodyId} /> },
              { key: 'quarters', label: t('tab.quarters'), children: <BulletinQuarterTable bodyId={bodyId} /> },
            ]}
          />
        </Card>
      ) : (
        <Empty description={common('body.none')} />
      )}
    </>
  );
}
