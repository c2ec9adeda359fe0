/** Alliance activities (附件3): the list with registration and attendance, and participation per member unit. */
import { ACTIVITY_KINDS, ACTIVITY_PHASES, type ActivityPhase } from '@chanjiao/contracts/governance/activities';
import { Button, Card, Empty, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { ACTIVITIES_MESSAGES } from '../activities-messages';
import { ActivitiesDetails } from '../components/ActivitiesDetails';
import { ActivitiesFormModal } from '../components/ActivitiesFormModal';
import { ActivitiesParticipation } from '../components/ActivitiesParticipation';
import { BodyPicker } from '../components/BodyPicker';
import { GOVERNANCE_PAGE_MESSAGES } from '../governance-page-messages';
import { useActivities } from '../hooks/activities-api';
import { useActingUnits } from '../hooks/use-acting-units';
import { useBodyChoice } from '../hooks/use-body-choice';

const PHASE_COLORS: Record<ActivityPhase, string> = {
  registering: 'processing',
  registration_closed: 'orange',
  under_way: 'blue',
  ended: 'cyan',
  completed: 'green',
  cancelled: 'default',
};
const REGISTERING_ROLES = ['member_representative', 'liaison'] as const;

function Activities({ bodyId }: { bodyId: string }) {
  const t = useT(ACTIVITIES_MESSAGES);
  const bilingual = useBilingual();
  const activities = useActivities(bodyId);
  const units = useActingUnits(bodyId, REGISTERING_ROLES);
  const [creating, setCreating] = useState(false);
  return (
    <Card
      extra={
        activities.data?.abilities.manage && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('create')}
          </Button>
        )
      }
    >
      {activities.isError && <QueryError error={activities.error} onRetry={activities.refetch} />}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={activities.isPending}
        dataSource={activities.data?.items ?? []}
        locale={{ emptyText: t('empty') }}
        expandable={{ expandedRowRender: (activity) => <ActivitiesDetails bodyId={bodyId} activityId={activity.id} own={units.own} /> }}
        columns={[
          {
            key: 'title',
            title: t('column.title'),
            render: (_, activity) => (
              <>
                {activity.title} {activity.isGenerated && <Tag>{t('generated')}</Tag>}
              </>
            ),
          },
          { key: 'kind', title: t('column.kind'), width: 130, render: (_, activity) => bilingual(ACTIVITY_KINDS[activity.kind]) },
          {
            key: 'dates',
            title: t('column.dates'),
            width: 200,
            render: (_, activity) => (activity.startOn === activity.endOn ? activity.startOn : `${activity.startOn} ~ ${activity.endOn}`),
          },
          { key: 'deadline', title: t('column.deadline'), dataIndex: 'registrationDeadline', width: 110 },
          {
            key: 'phase',
            title: t('column.phase'),
            width: 130,
            render: (_, activity) => <Tag color={PHASE_COLORS[activity.phase]}>{bilingual(ACTIVITY_PHASES[activity.phase])}</Tag>,
          },
          {
            key: 'registered',
            title: t('column.registered'),
            width: 150,
            render: (_, activity) => `${activity.unitCount} / ${activity.registeredCount}`,
          },
          { key: 'attended', title: t('column.attended'), dataIndex: 'attendedCount', width: 100 },
        ]}
      />
      {creating && <ActivitiesFormModal bodyId={bodyId} members={units.members} onClose={() => setCreating(false)} />}
    </Card>
  );
}

export default function ActivitiesPage() {
  const t = useT(ACTIVITIES_MESSAGES);
  const common = useT(GOVERNANCE_PAGE_MESSAGES);
  const { bodyId } = useBodyChoice();
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={<BodyPicker />} />
      {bodyId ? (
        <Tabs
          items={[
            { key: 'list', label: t('tab.list'), children: <Activities bodyId={bodyId} /> },
            {
              key: 'participation',
              label: t('tab.participation'),
              children: (
                <Card>
                  <ActivitiesParticipation bodyId={bodyId} />
                </Card>
              ),
            },
          ]}
        />
      ) : (
        <Empty description={common('body.none')} />
      )}
    </>
  );
}
