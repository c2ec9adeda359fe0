/** One joint meeting: its agenda with each item's vote, attendance, and the minutes (章程第八、九条). */
import {
  AGENDA_ITEM_KINDS,
  MANUAL_AGENDA_ITEM_KINDS,
  type TAgendaItemInput,
  type TMeeting,
  ZAgendaItemInput,
} from '@chanjiao/contracts/governance/meetings';
import { App, Button, Card, Collapse, Form, Input, Popconfirm, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { type AmendmentFormValues, amendmentFormValues, amendmentProposal } from '../charter-amendment';
import { AmendmentSummary } from '../components/AmendmentSummary';
import { AttendanceTable } from '../components/AttendanceTable';
import { CharterAmendmentFields } from '../components/CharterAmendmentFields';
import { VotePanel } from '../components/VotePanel';
import { JOINT_MEETING_MESSAGES } from '../joint-meeting-messages';
import { useCharter, useMeeting, useMeetingActions } from '../hooks/joint-meeting-api';
import { useBodyChoice } from '../hooks/use-body-choice';

type AddItemValues = {
  kind: (typeof MANUAL_AGENDA_ITEM_KINDS)[number];
  title: string;
  description?: string;
  amendment?: { parameters?: AmendmentFormValues };
};

function AddItemForm({ bodyId, meeting }: { bodyId: string; meeting: TMeeting }) {
  const t = useT(JOINT_MEETING_MESSAGES);
  const bilingual = useBilingual();
  const reportError = useReportError();
  const [form] = Form.useForm<AddItemValues>();
  const { addItem } = useMeetingActions(bodyId, meeting.id);
  const charter = useCharter(bodyId);
  const current = charter.data?.current;
  const kind = Form.useWatch('kind', form);
  const toPayload = ({ amendment: edited, ...values }: AddItemValues): TAgendaItemInput => ({
    ...values,
    amendment:
      values.kind === 'charter_amendment' && current ? amendmentProposal(current, edited?.parameters ?? {}, values.description) : undefined,
  });
  // The amendment's own fields keep their rules (CharterAmendmentFields); the item's fields are the schema's.
  const zod = useZodForm<AddItemValues>(ZAgendaItemInput.omit({ amendment: true }), {
    toPayload: ({ amendment: _edited, ...values }) => values,
    labels: { kind: t('item.kind'), title: t('item.title'), description: t('item.description') },
  });
  return (
    <Form
      form={form}
      layout="vertical"
      onValuesChange={(changed: Partial<AddItemValues>) => {
        // The editor starts from the charter in force each time an amendment is chosen.
        if (changed.kind === 'charter_amendment' && current) {
          form.setFieldsValue({ amendment: { parameters: amendmentFormValues(current.parameters) } });
        }
      }}
      onFinish={(values) =>
        addItem.mutate(toPayload(values), { onSuccess: () => form.resetFields(), onError: (error) => reportError(error, { form }) })
      }
    >
      <Space align="start" wrap>
        <Form.Item {...zod.field('kind')} label={t('item.kind')}>
          <Select
            style={{ width: 220 }}
            options={MANUAL_AGENDA_ITEM_KINDS.map((kind) => ({ value: kind, label: bilingual(AGENDA_ITEM_KINDS[kind]) }))}
          />
        </Form.Item>
        <Form.Item {...zod.field('title')} label={t('item.title')}>
          <Input style={{ width: 360 }} />
        </Form.Item>
      </Space>
      <Form.Item {...zod.field('description')} label={t('item.description')} extra={t('item.amendmentHint')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      {kind === 'charter_amendment' && current && <CharterAmendmentFields />}
      <Button htmlType="submit" loading={addItem.isPending}>
        {t('item.add')}
      </Button>
    </Form>
  );
}

function Minutes({ bodyId, meeting }: { bodyId: string; meeting: TMeeting }) {
  const t = useT(JOINT_MEETING_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const { minutes, step } = useMeetingActions(bodyId, meeting.id);
  const [text, setText] = useState(meeting.minutesText ?? '');
  const done = { onSuccess: () => void message.success(t('saved')), onError: (error: unknown) => reportError(error) };
  const editable = meeting.abilities.manage && (meeting.minutesStatus === 'none' || meeting.minutesStatus === 'draft');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Tag>{t(`minutes.status.${meeting.minutesStatus}`)}</Tag>
      {editable ? (
        <>
          <Input.TextArea rows={8} value={text} onChange={(event) => setText(event.target.value)} />
          <Space>
            <Button onClick={() => minutes.mutate({ text, version: meeting.version }, done)}>{t('minutes.save')}</Button>
            {meeting.minutesStatus === 'draft' && (
              <Button type="primary" onClick={() => step.mutate({ path: 'minutes/approve', version: meeting.version }, done)}>
                {t('minutes.approve')}
              </Button>
            )}
          </Space>
        </>
      ) : (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{meeting.minutesText ?? t('minutes.none')}</Typography.Paragraph>
      )}
      {meeting.abilities.manage && meeting.minutesStatus === 'approved' && (
        <Button type="primary" onClick={() => step.mutate({ path: 'minutes/publish', version: meeting.version }, done)}>
          {t('minutes.publish')}
        </Button>
      )}
    </Space>
  );
}

export default function MeetingPage() {
  const { meetingId } = useParams();
  const t = useT(JOINT_MEETING_MESSAGES);
  const bilingual = useBilingual();
  const reportError = useReportError();
  const { message } = App.useApp();
  const { bodyId } = useBodyChoice();
  const meeting = useMeeting(bodyId, meetingId);
  const { step } = useMeetingActions(bodyId ?? '', meetingId ?? '');
  const data = meeting.data;
  return (
    <>
      <PageHeader
        title={data?.title ?? t('meetings.title')}
        subtitle={data && `${data.heldOn} ${data.location ?? ''}`}
        backTo={`/governance/meetings?body=${bodyId ?? ''}`}
        actions={
          data?.abilities.manage &&
          data.status === 'scheduled' && (
            <Space wrap>
              <Popconfirm
                title={t('meeting.conveneConfirm')}
                onConfirm={() =>
                  step.mutate(
                    { path: 'convene', version: data.version },
                    { onSuccess: () => message.success(t('meeting.convened')), onError: (e) => reportError(e) },
                  )
                }
              >
                <Button type="primary">{t('meeting.convene')}</Button>
              </Popconfirm>
              <Popconfirm
                title={t('meeting.concludeConfirm')}
                onConfirm={() => step.mutate({ path: 'conclude', version: data.version }, { onError: (e) => reportError(e) })}
              >
                <Button>{t('meeting.conclude')}</Button>
              </Popconfirm>
            </Space>
          )
        }
      />
      {meeting.isPending && <Skeleton active />}
      {meeting.isError && <QueryError error={meeting.error} onRetry={meeting.refetch} />}
      {data && bodyId && (
        <>
          <Card title={t('meeting.agenda')} style={{ marginBottom: 16 }}>
            <Collapse
              defaultActiveKey={data.items.filter((item) => item.voteStatus === 'open').map((item) => item.id)}
              items={data.items.map((item) => ({
                key: item.id,
                label: (
                  <Space>
                    <span>{item.position}.</span>
                    <Tag color="blue">{bilingual(AGENDA_ITEM_KINDS[item.kind])}</Tag>
                    <span>{item.title}</span>
                    <Tag color={item.voteStatus === 'open' ? 'orange' : item.voteStatus === 'closed' ? 'default' : 'cyan'}>
                      {t(`vote.status.${item.voteStatus}`)}
                    </Tag>
                  </Space>
                ),
                children: (
                  <>
                    {item.description && <Typography.Paragraph>{item.description}</Typography.Paragraph>}
                    {item.amendment && <AmendmentSummary amendment={item.amendment} />}
                    <VotePanel bodyId={bodyId} meeting={data} item={item} />
                  </>
                ),
              }))}
            />
            {data.abilities.manage && data.status === 'scheduled' && (
              <Card size="small" title={t('item.add')} style={{ marginTop: 16 }}>
                <AddItemForm bodyId={bodyId} meeting={data} />
              </Card>
            )}
          </Card>
          <Card title={t('meeting.attendance')} style={{ marginBottom: 16 }}>
            <AttendanceTable bodyId={bodyId} meeting={data} />
          </Card>
          <Card title={t('meeting.minutes')}>
            <Minutes key={data.version} bodyId={bodyId} meeting={data} />
          </Card>
        </>
      )}
    </>
  );
}
