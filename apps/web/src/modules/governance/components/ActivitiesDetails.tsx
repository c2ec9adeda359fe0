/** One activity: its participants with attendance, its outcomes, and the actions the user holds. */
import { OUTCOME_KINDS, type TActivity } from '@chanjiao/contracts/governance/activities';
import { App, Button, Descriptions, List, Popconfirm, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { ACTIVITIES_MESSAGES } from '../activities-messages';
import { downloadActivityEvidence, useActivity, useActivityActions } from '../hooks/activities-api';
import { ActivitiesOutcomeModal } from './ActivitiesOutcomeModal';
import { ActivitiesRegistrationModal } from './ActivitiesRegistrationModal';

interface Props {
  bodyId: string;
  activityId: string;
  /** Units the user may register for. */
  own: { id: string; name: string }[];
}

function Participants({ bodyId, activity, own }: { bodyId: string; activity: TActivity; own: Props['own'] }) {
  const t = useT(ACTIVITIES_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const actions = useActivityActions(bodyId, activity.id);
  const [marks, setMarks] = useState<Record<string, boolean>>({});
  const ownIds = new Set(own.map((org) => org.id));
  const attendedOf = (id: string, stored: boolean | null) => marks[id] ?? stored;
  const save = () =>
    actions.attendance.mutate(
      {
        entries: activity.participants.flatMap((p) =>
          attendedOf(p.id, p.attended) === null ? [] : [{ participantId: p.id, attended: attendedOf(p.id, p.attended)! }],
        ),
      },
      { onSuccess: () => void message.success(t('attendance.saved')), onError: (error) => reportError(error) },
    );
  return (
    <>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={activity.participants}
        locale={{ emptyText: t('detail.participants.empty') }}
        columns={[
          { key: 'org', title: t('participant.unit'), render: (_, p) => p.org.name },
          { key: 'name', title: t('participant.name'), dataIndex: 'name' },
          { key: 'title', title: t('participant.title'), dataIndex: 'title' },
          { key: 'phone', title: t('participant.phone'), dataIndex: 'phone' },
          {
            key: 'attended',
            title: t('participant.attended'),
            render: (_, p) => {
              const value = attendedOf(p.id, p.attended);
              if (activity.abilities.recordAttendance) {
                return (
                  <Radio.Group
                    size="small"
                    value={value}
                    onChange={(event) => setMarks({ ...marks, [p.id]: event.target.value as boolean })}
                  >
                    <Radio.Button value={true}>{t('participant.present')}</Radio.Button>
                    <Radio.Button value={false}>{t('participant.absent')}</Radio.Button>
                  </Radio.Group>
                );
              }
              if (value === null) return <Typography.Text type="secondary">{t('participant.unrecorded')}</Typography.Text>;
              return <Tag color={value ? 'green' : 'default'}>{t(value ? 'participant.present' : 'participant.absent')}</Tag>;
            },
          },
          {
            key: 'actions',
            render: (_, p) =>
              activity.abilities.register &&
              (activity.abilities.manage || ownIds.has(p.org.id)) && (
                <Popconfirm
                  title={t('participant.withdrawConfirm', { name: p.name })}
                  onConfirm={() => actions.withdraw.mutate(p.id, { onError: (error) => reportError(error) })}
                >
                  <Button size="small" type="link" danger>
                    {t('participant.withdraw')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {activity.abilities.recordAttendance && activity.participants.length > 0 && (
        <Button style={{ marginTop: 8 }} type="primary" loading={actions.attendance.isPending} onClick={save}>
          {t('attendance.save')}
        </Button>
      )}
    </>
  );
}

function Outcomes({ bodyId, activity }: { bodyId: string; activity: TActivity }) {
  const t = useT(ACTIVITIES_MESSAGES);
  const bilingual = useBilingual();
  const reportError = useReportError();
  return (
    <List
      size="small"
      dataSource={activity.outcomes}
      locale={{ emptyText: t('detail.outcomes.empty') }}
      renderItem={(outcome) => (
        <List.Item>
          <Space wrap>
            <Tag>{bilingual(OUTCOME_KINDS[outcome.kind])}</Tag>
            <Typography.Text strong>{outcome.title}</Typography.Text>
            {[outcome.participantName, outcome.org?.name].filter(Boolean).join(' · ')}
            {outcome.note && <Typography.Text type="secondary">{outcome.note}</Typography.Text>}
            {outcome.evidence.map((file) => (
              <Button
                key={file.id}
                size="small"
                type="link"
                onClick={() => downloadActivityEvidence(bodyId, file).catch((error: Error) => reportError(error))}
              >
                {file.filename}
              </Button>
            ))}
          </Space>
        </List.Item>
      )}
    />
  );
}

export function ActivitiesDetails({ bodyId, activityId, own }: Props) {
  const t = useT(ACTIVITIES_MESSAGES);
  const reportError = useReportError();
  const query = useActivity(bodyId, activityId);
  const actions = useActivityActions(bodyId, activityId);
  const [registering, setRegistering] = useState(false);
  const [recording, setRecording] = useState(false);
  if (query.isError) return <QueryError error={query.error} onRetry={query.refetch} />;
  const activity = query.data;
  if (!activity) return null;
  const unlimited = t('detail.unlimited');
  const closable = activity.phase !== 'completed' && activity.phase !== 'cancelled';
  const status = (action: 'complete' | 'cancel') =>
    actions.status.mutate({ action, version: activity.version }, { onError: (error) => reportError(error) });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('detail.organiser')}>{activity.organiser?.name ?? t('detail.secretariat')}</Descriptions.Item>
        <Descriptions.Item label={t('detail.place')}>{activity.place ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('detail.capacity')}>
          {t('detail.capacity.text', { perUnit: activity.capacityPerUnit ?? unlimited, total: activity.capacityTotal ?? unlimited })}
        </Descriptions.Item>
        {activity.summary && <Descriptions.Item label={t('form.summary')}>{activity.summary}</Descriptions.Item>}
      </Descriptions>
      <Space wrap>
        {activity.abilities.register && own.length > 0 && (
          <Button type="primary" onClick={() => setRegistering(true)}>
            {t('register')}
          </Button>
        )}
        {activity.abilities.recordAttendance && <Button onClick={() => setRecording(true)}>{t('outcome.add')}</Button>}
        {activity.abilities.manage && closable && activity.abilities.recordAttendance && (
          <Button onClick={() => status('complete')}>{t('action.complete')}</Button>
        )}
        {activity.abilities.manage && closable && activity.phase !== 'ended' && (
          <Popconfirm title={t('action.cancelConfirm')} onConfirm={() => status('cancel')}>
            <Button danger>{t('action.cancel')}</Button>
          </Popconfirm>
        )}
      </Space>
      <Typography.Title level={5}>{t('detail.participants')}</Typography.Title>
      <Participants bodyId={bodyId} activity={activity} own={own} />
      <Typography.Title level={5}>{t('detail.outcomes')}</Typography.Title>
      <Outcomes bodyId={bodyId} activity={activity} />
      {registering && (
        <ActivitiesRegistrationModal bodyId={bodyId} activityId={activityId} own={own} onClose={() => setRegistering(false)} />
      )}
      {recording && <ActivitiesOutcomeModal bodyId={bodyId} activity={activity} onClose={() => setRecording(false)} />}
    </Space>
  );
}
