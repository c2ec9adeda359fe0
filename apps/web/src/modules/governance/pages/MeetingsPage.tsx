/** The joint meetings of a body (校长联席会议, 章程第五、八条): scheduled and held, and scheduling the next one. */
import { ZMeetingInput } from '@chanjiao/contracts/governance/meetings';
import { Button, Card, Form, Input, Skeleton, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { DateInput } from '../../../shared/components/DateInput';
import { BodyPicker } from '../components/BodyPicker';
import { JOINT_MEETING_MESSAGES } from '../joint-meeting-messages';
import { useCharter, useMeetings, useScheduleMeeting } from '../hooks/joint-meeting-api';
import { useBodyChoice } from '../hooks/use-body-choice';

function ScheduleForm({ bodyId }: { bodyId: string }) {
  const t = useT(JOINT_MEETING_MESSAGES);
  const [form] = Form.useForm<{ title: string; heldOn: string; location?: string }>();
  // `title` is named 遴选名称 for a call elsewhere on the platform; here it is the meeting's name.
  const labels = useMemo(() => ({ title: t('meeting.title') }), [t]);
  const zod = useZodForm(ZMeetingInput, { labels });
  const schedule = useScheduleMeeting(bodyId);
  const reportError = useReportError();
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(values) =>
        schedule.mutate(
          { title: values.title, heldOn: values.heldOn, location: values.location },
          { onSuccess: () => form.resetFields(), onError: (error) => reportError(error, { form }) },
        )
      }
    >
      <Form.Item {...zod.field('title')} label={t('meeting.title')}>
        <Input style={{ width: 240 }} placeholder={t('meeting.titlePlaceholder')} />
      </Form.Item>
      <Form.Item {...zod.field('heldOn')} label={t('meeting.heldOn')}>
        <DateInput />
      </Form.Item>
      <Form.Item {...zod.field('location')} label={t('meeting.location')}>
        <Input style={{ width: 180 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={schedule.isPending}>
        {t('meeting.schedule')}
      </Button>
    </Form>
  );
}

export default function MeetingsPage() {
  const t = useT(JOINT_MEETING_MESSAGES);
  const { bodyId } = useBodyChoice();
  const meetings = useMeetings(bodyId);
  const charter = useCharter(bodyId);
  return (
    <>
      <PageHeader title={t('meetings.title')} subtitle={t('meetings.subtitle')} actions={<BodyPicker />} />
      {bodyId && charter.data?.abilities.proposeAmendment && (
        <Card title={t('meeting.schedule')} style={{ marginBottom: 16 }}>
          <ScheduleForm bodyId={bodyId} />
        </Card>
      )}
      {meetings.isPending && bodyId && <Skeleton active />}
      {meetings.isError && <QueryError error={meetings.error} onRetry={meetings.refetch} />}
      {meetings.data && (
        <Table
          rowKey="id"
          dataSource={meetings.data}
          pagination={false}
          locale={{ emptyText: t('meetings.none') }}
          columns={[
            { key: 'heldOn', title: t('meeting.heldOn'), dataIndex: 'heldOn', width: 120 },
            {
              key: 'title',
              title: t('meeting.title'),
              render: (_, row) => <Link to={`/governance/meetings/${row.id}?body=${bodyId}`}>{row.title}</Link>,
            },
            { key: 'location', title: t('meeting.location'), dataIndex: 'location' },
            { key: 'items', title: t('meeting.itemCount'), dataIndex: 'itemCount', width: 100 },
            {
              key: 'status',
              title: t('meeting.status'),
              width: 200,
              render: (_, row) => (
                <>
                  <Tag color={row.status === 'concluded' ? 'default' : 'green'}>{t(`meeting.status.${row.status}`)}</Tag>
                  <Tag>{t(`minutes.status.${row.minutesStatus}`)}</Tag>
                </>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
