/** School supply: each school enters its majors' planned enrolment and expected graduates for three years. */
import { STUDY_MODES, type TSupply } from '@chanjiao/contracts/talent/index';
import { App, Button, Card, Empty, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useReportError } from '../../../app/forms';
import { useCompactScreen } from '../../../app/use-compact-screen';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { SupplyFormModal } from '../components/SupplyFormModal';
import { TalentBodyPicker } from '../components/TalentBodyPicker';
import { useSupplies, useSupplyActions, useTalentAccess } from '../hooks/talent-api';
import { useTalentBody } from '../hooks/use-talent-body';
import { TALENT_MESSAGES } from '../talent-messages';
import { defaultStartYear } from '../talent-years';

function Supplies({ bodyId }: { bodyId: string }) {
  const t = useT(TALENT_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const compact = useCompactScreen();
  const access = useTalentAccess(bodyId);
  const supplies = useSupplies(bodyId);
  const actions = useSupplyActions(bodyId);
  const [editing, setEditing] = useState<TSupply | 'new' | null>(null);
  const orgs = access.data?.supplyOrgs ?? [];
  const mayEdit = (supply: TSupply) => orgs.some((org) => org.id === supply.org.id);
  return (
    <Card
      extra={
        orgs.length > 0 && (
          <Space wrap>
            <Link to={`/talent/matches?mode=school&body=${bodyId}`}>{t('supply.matches')}</Link>
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('supply.add')}
            </Button>
          </Space>
        )
      }
    >
      {supplies.isError && <QueryError error={supplies.error} onRetry={supplies.refetch} />}
      <Table
        rowKey="id"
        size="small"
        loading={supplies.isPending}
        dataSource={supplies.data?.items ?? []}
        locale={{ emptyText: t(orgs.length > 0 || access.data?.analysis ? 'supply.empty' : 'supply.emptyOthers') }}
        scroll={{ x: 960 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            key: 'org',
            title: t('supply.col.org'),
            width: 200,
            render: (_, s) => (
              <>
                {s.org.name} {s.isGenerated && <Tag>{t('generated')}</Tag>}
              </>
            ),
          },
          {
            key: 'major',
            title: t('supply.col.major'),
            render: (_, s) => (
              <>
                {`${s.major.code} ${s.major.name}`}
                <div style={{ color: '#888' }}>{s.major.level}</div>
              </>
            ),
          },
          { key: 'mode', title: t('supply.col.mode'), width: 110, render: (_, s) => bilingual(STUDY_MODES[s.mode]) },
          { key: 'enrolment', title: t('supply.col.enrolment'), width: 140, render: (_, s) => s.plannedEnrolment.join(' / ') },
          {
            key: 'graduates',
            title: t('supply.col.graduates'),
            width: 150,
            render: (_, s) => (
              <>
                {s.expectedGraduates.join(' / ')}
                <div style={{ color: '#888' }}>{t('years', { first: s.startYear, last: s.startYear + 2 })}</div>
              </>
            ),
          },
          { key: 'placements', title: t('supply.col.placements'), width: 90, dataIndex: 'placementsOffered' },
          {
            key: 'actions',
            width: 130,
            // On a phone a pinned column would leave the scrolled ones a sliver of the card.
            fixed: compact ? undefined : 'right',
            render: (_, s) =>
              mayEdit(s) && (
                <Space size={4}>
                  <Button size="small" type="link" onClick={() => setEditing(s)}>
                    {t('action.edit')}
                  </Button>
                  <Popconfirm
                    title={t('action.delete.confirm')}
                    onConfirm={() =>
                      actions.remove.mutate(s.id, {
                        onSuccess: () => void message.success(t('deleted')),
                        onError: (error) => reportError(error),
                      })
                    }
                  >
                    <Button size="small" type="link" danger>
                      {t('action.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      {editing && (
        <SupplyFormModal
          bodyId={bodyId}
          orgs={orgs}
          editing={editing === 'new' ? undefined : editing}
          defaultYear={defaultStartYear()}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}

export default function SupplyListPage() {
  const t = useT(TALENT_MESSAGES);
  const { bodyId, loading } = useTalentBody();
  return (
    <>
      <PageHeader title={t('supply.title')} subtitle={t('supply.subtitle')} actions={<TalentBodyPicker />} />
      {bodyId ? <Supplies bodyId={bodyId} /> : !loading && <Empty description={t('body.none')} />}
    </>
  );
}
