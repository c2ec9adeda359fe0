/**
 * 实习实训与教师实践 (docs/sources.md §9 T5; 指标4.6): listed enterprises offer internship and apprenticeship places, member schools
 * record the students they send and their teachers' practice; everyone who reads the body sees the records and the
 * 推荐书 figures computed from them, with the formulas.
 */
import { PLACEMENT_KINDS, type TPlacementOffer, type TPlacements } from '@chanjiao/contracts/talent/index';
import { App, Button, Card, Empty, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { PlacementFiguresCard } from '../components/PlacementFiguresCard';
import { PlacementOfferModal } from '../components/PlacementOfferModal';
import { TakeUpModal } from '../components/TakeUpModal';
import { TalentBodyPicker } from '../components/TalentBodyPicker';
import { TeacherPracticeModal } from '../components/TeacherPracticeModal';
import { useEnterpriseList } from '../hooks/lists-api';
import { usePlacementActions, usePlacements } from '../hooks/placements-api';
import { useTalentAccess } from '../hooks/talent-api';
import { useTalentBody } from '../hooks/use-talent-body';
import { PLACEMENT_MESSAGES } from '../placements-messages';

type Named = { id: string; name: string };

function useDeletion() {
  const t = useT(PLACEMENT_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  return { onSuccess: () => void message.success(t('deleted')), onError: (error: unknown) => reportError(error) };
}

function DeleteButton({ onConfirm }: { onConfirm: () => void }) {
  const t = useT(PLACEMENT_MESSAGES);
  return (
    <Popconfirm title={t('delete.confirm')} onConfirm={onConfirm}>
      <Button size="small" type="link" danger>
        {t('delete')}
      </Button>
    </Popconfirm>
  );
}

function TakeUps({ bodyId, offer, schools }: { bodyId: string; offer: TPlacementOffer; schools: Named[] }) {
  const t = useT(PLACEMENT_MESSAGES);
  const actions = usePlacementActions(bodyId);
  const deletion = useDeletion();
  if (offer.takeUps.length === 0) return <span style={{ color: '#888' }}>{t('takeUp.none')}</span>;
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }}>
      {offer.takeUps.map((u) => (
        <li key={u.id}>
          {t('takeUp.row', { school: u.school.name, students: u.students, months: u.months, personMonths: u.personMonths.toFixed(1) })}
          {schools.some((s) => s.id === u.school.id) && (
            <DeleteButton onConfirm={() => actions.deleteTakeUp.mutate({ offerId: offer.id, takeUpId: u.id }, deletion)} />
          )}
        </li>
      ))}
    </ul>
  );
}

function Offers({ bodyId, data, enterprises, schools }: { bodyId: string; data: TPlacements; enterprises: Named[]; schools: Named[] }) {
  const t = useT(PLACEMENT_MESSAGES);
  const bilingual = useBilingual();
  const actions = usePlacementActions(bodyId);
  const deletion = useDeletion();
  const [adding, setAdding] = useState(false);
  const [takingUp, setTakingUp] = useState<TPlacementOffer | null>(null);
  return (
    <Card
      title={t('offer.title')}
      style={{ marginBottom: 16 }}
      extra={
        enterprises.length > 0 && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('offer.add')}
          </Button>
        )
      }
    >
      <Table<TPlacementOffer>
        rowKey="id"
        size="small"
        dataSource={data.offers}
        locale={{ emptyText: t('offer.empty') }}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{ defaultExpandAllRows: true, expandedRowRender: (o) => <TakeUps bodyId={bodyId} offer={o} schools={schools} /> }}
        columns={[
          { key: 'org', title: t('offer.org'), width: 180, render: (_, o) => o.org.name },
          {
            key: 'position',
            title: t('offer.position'),
            render: (_, o) => (
              <>
                <Tag color={o.kind === 'apprenticeship' ? 'purple' : 'blue'}>{bilingual(PLACEMENT_KINDS[o.kind])}</Tag>
                {o.position}
                {o.isGenerated && <Tag style={{ marginLeft: 4 }}>{t('generated')}</Tag>}
                {o.job && <div style={{ color: '#888' }}>{t('offer.linked', { position: o.job.position })}</div>}
              </>
            ),
          },
          { key: 'places', title: `${t('offer.taken')} / ${t('offer.places')}`, width: 100, render: (_, o) => `${o.taken} / ${o.places}` },
          { key: 'period', title: t('offer.period'), width: 200, render: (_, o) => `${o.startsOn} 至 ${o.endsOn}` },
          {
            key: 'actions',
            width: 160,
            render: (_, o) => (
              <Space size={4} wrap>
                {schools.length > 0 && o.taken < o.places && (
                  <Button size="small" onClick={() => setTakingUp(o)}>
                    {t('takeUp.add')}
                  </Button>
                )}
                {enterprises.some((e) => e.id === o.org.id) && (
                  <Link to={`/talent/matches?mode=placement&offer=${o.id}&body=${bodyId}`}>{t('offer.matches')}</Link>
                )}
                {enterprises.some((e) => e.id === o.org.id) && o.taken === 0 && (
                  <DeleteButton onConfirm={() => actions.deleteOffer.mutate(o.id, deletion)} />
                )}
              </Space>
            ),
          },
        ]}
      />
      {adding && <PlacementOfferModal bodyId={bodyId} orgs={enterprises} jobs={data.jobs} onClose={() => setAdding(false)} />}
      {takingUp && <TakeUpModal bodyId={bodyId} offer={takingUp} schools={schools} onClose={() => setTakingUp(null)} />}
    </Card>
  );
}

function Practices({ bodyId, data, schools, listed }: { bodyId: string; data: TPlacements; schools: Named[]; listed: Named[] }) {
  const t = useT(PLACEMENT_MESSAGES);
  const actions = usePlacementActions(bodyId);
  const deletion = useDeletion();
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title={t('practice.title')}
      extra={
        schools.length > 0 &&
        listed.length > 0 && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('practice.add')}
          </Button>
        )
      }
    >
      <Table
        rowKey="id"
        size="small"
        dataSource={data.practices}
        locale={{ emptyText: t('practice.empty') }}
        scroll={{ x: 760 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { key: 'school', title: t('practice.school'), width: 180, render: (_, p) => p.school.name },
          {
            key: 'enterprise',
            title: t('practice.enterprise'),
            render: (_, p) => (
              <>
                {p.enterprise.name}
                {p.isGenerated && <Tag style={{ marginLeft: 4 }}>{t('generated')}</Tag>}
              </>
            ),
          },
          { key: 'startsOn', title: t('practice.startsOn'), width: 110, render: (_, p) => p.startsOn },
          {
            key: 'personMonths',
            title: t('practice.personMonths'),
            width: 150,
            render: (_, p) => `${p.teachers} 人 × ${p.months} 月 = ${p.personMonths.toFixed(1)}`,
          },
          {
            key: 'actions',
            width: 70,
            render: (_, p) =>
              schools.some((s) => s.id === p.school.id) && <DeleteButton onConfirm={() => actions.deletePractice.mutate(p.id, deletion)} />,
          },
        ]}
      />
      {adding && <TeacherPracticeModal bodyId={bodyId} schools={schools} enterprises={listed} onClose={() => setAdding(false)} />}
    </Card>
  );
}

function Placements({ bodyId }: { bodyId: string }) {
  const placements = usePlacements(bodyId);
  const access = useTalentAccess(bodyId);
  const enterpriseList = useEnterpriseList(bodyId);
  const listed = (enterpriseList.data?.items ?? []).filter((e) => e.status === 'listed' || e.status === 'exit_requested').map((e) => e.org);
  const listedIds = new Set(listed.map((o) => o.id));
  const enterprises = (access.data?.demandOrgs ?? []).filter((o) => listedIds.has(o.id));
  const schools = access.data?.supplyOrgs ?? [];
  if (placements.isError) return <QueryError error={placements.error} onRetry={placements.refetch} />;
  if (!placements.data) return <Card loading />;
  return (
    <>
      <PlacementFiguresCard summary={placements.data.summary} />
      <Offers bodyId={bodyId} data={placements.data} enterprises={enterprises} schools={schools} />
      <Practices bodyId={bodyId} data={placements.data} schools={schools} listed={listed} />
    </>
  );
}

export default function PlacementsPage() {
  const t = useT(PLACEMENT_MESSAGES);
  const { bodyId, loading } = useTalentBody();
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={<TalentBodyPicker />} />
      {bodyId ? <Placements bodyId={bodyId} /> : !loading && <Empty />}
    </>
  );
}
