/** Enterprise demand (三年内企业技能人才需求清单): an enterprise enters and adjusts its own rows; the secretariat sees all. */
import { TALENT_LEVELS, type TDemand } from '@chanjiao/contracts/talent/index';
import { App, Button, Card, Empty, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useReportError } from '../../../app/forms';
import { useCompactScreen } from '../../../app/use-compact-screen';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { DemandFormModal } from '../components/DemandFormModal';
import { TalentBodyPicker } from '../components/TalentBodyPicker';
import { useDemandActions, useDemands, useTalentAccess } from '../hooks/talent-api';
import { defaultStartYear } from '../talent-years';
import { useTalentBody } from '../hooks/use-talent-body';
import { TALENT_MESSAGES } from '../talent-messages';

function Demands({ bodyId }: { bodyId: string }) {
  const t = useT(TALENT_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const compact = useCompactScreen();
  const access = useTalentAccess(bodyId);
  const demands = useDemands(bodyId);
  const actions = useDemandActions(bodyId);
  const [editing, setEditing] = useState<TDemand | 'new' | null>(null);
  const orgs = access.data?.demandOrgs ?? [];
  const mayEdit = (demand: TDemand) => orgs.some((org) => org.id === demand.org.id);
  return (
    <Card
      extra={
        orgs.length > 0 && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('demand.add')}
          </Button>
        )
      }
    >
      {demands.isError && <QueryError error={demands.error} onRetry={demands.refetch} />}
      <Table
        rowKey="id"
        size="small"
        loading={demands.isPending}
        dataSource={demands.data?.items ?? []}
        locale={{ emptyText: t(orgs.length > 0 || access.data?.analysis ? 'demand.empty' : 'demand.emptyOthers') }}
        scroll={{ x: 1100 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            key: 'org',
            title: t('demand.col.org'),
            width: 200,
            render: (_, d) => (
              <>
                {d.org.name} {d.isGenerated && <Tag>{t('generated')}</Tag>}
              </>
            ),
          },
          {
            key: 'position',
            title: t('demand.col.position'),
            width: 160,
            render: (_, d) => (
              <>
                {d.position}
                <div style={{ color: '#888' }}>
                  {d.occupation}
                  {d.occupationCode ? ` ${d.occupationCode}` : ''}
                </div>
              </>
            ),
          },
          {
            key: 'majors',
            title: t('demand.col.majors'),
            render: (_, d) => d.majors.map((m) => <Tag key={m.code}>{`${m.code} ${m.name}`}</Tag>),
          },
          { key: 'level', title: t('demand.col.level'), width: 90, render: (_, d) => bilingual(TALENT_LEVELS[d.educationLevel]) },
          {
            key: 'headcounts',
            title: t('demand.col.headcounts'),
            width: 150,
            render: (_, d) => (
              <>
                {d.headcounts.join(' / ')}
                <div style={{ color: '#888' }}>{t('years', { first: d.startYear, last: d.startYear + 2 })}</div>
              </>
            ),
          },
          { key: 'location', title: t('demand.col.location'), width: 100, render: (_, d) => d.location.name },
          {
            key: 'wage',
            title: t('demand.col.wage'),
            width: 120,
            render: (_, d) => (d.wageMin || d.wageMax ? `${d.wageMin ?? ''}–${d.wageMax ?? ''}` : '—'),
          },
          {
            key: 'places',
            title: t('demand.col.places'),
            width: 110,
            render: (_, d) => `${d.apprenticeshipPlaces} / ${d.internshipPlaces}`,
          },
          {
            key: 'actions',
            width: 190,
            // On a phone a pinned column would leave the scrolled ones a sliver of the card.
            fixed: compact ? undefined : 'right',
            render: (_, d) => (
              <Space size={4} wrap>
                <Link to={`/talent/demand/${d.id}/matches?body=${bodyId}`}>{t('action.matches')}</Link>
                {mayEdit(d) && (
                  <Button size="small" type="link" onClick={() => setEditing(d)}>
                    {t('action.edit')}
                  </Button>
                )}
                {mayEdit(d) && (
                  <Popconfirm
                    title={t('action.delete.confirm')}
                    onConfirm={() =>
                      actions.remove.mutate(d.id, {
                        onSuccess: () => void message.success(t('deleted')),
                        onError: (error) => reportError(error),
                      })
                    }
                  >
                    <Button size="small" type="link" danger>
                      {t('action.delete')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <DemandFormModal
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

export default function DemandListPage() {
  const t = useT(TALENT_MESSAGES);
  const { bodyId, loading } = useTalentBody();
  return (
    <>
      <PageHeader title={t('demand.title')} subtitle={t('demand.subtitle')} actions={<TalentBodyPicker />} />
      {bodyId ? <Demands bodyId={bodyId} /> : !loading && <Empty description={t('body.none')} />}
    </>
  );
}
