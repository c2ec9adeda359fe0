/** One project: content, approval by the meeting, participants and milestones, with the actions the user holds. */
import { INITIATIVE_POINTS, type TProject, ZMilestoneInput } from '@chanjiao/contracts/governance/projects';
import { Button, Descriptions, Form, Input, List, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useMeetings } from '../hooks/joint-meeting-api';
import { useProject, useProjectActions } from '../hooks/projects-api';
import { PROJECTS_MESSAGES } from '../projects-messages';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

function StatusActions({ bodyId, project }: { bodyId: string; project: TProject }) {
  const t = useT(PROJECTS_MESSAGES);
  const reportError = useReportError();
  const actions = useProjectActions(bodyId, project.id);
  const meetings = useMeetings(bodyId);
  const [meetingId, setMeetingId] = useState<string>();
  const [reason, setReason] = useState('');
  const act = (action: 'start' | 'complete' | 'terminate') =>
    actions.status.mutate(
      { action, on: today(), reason: reason || undefined, version: project.version },
      { onError: (error) => reportError(error) },
    );
  const phase = project.phase;
  return (
    <Space wrap>
      {(phase === 'proposed' || phase === 'rejected') && (
        <>
          <Select
            allowClear
            style={{ minWidth: 260 }}
            placeholder={t('action.review.meeting')}
            value={meetingId}
            onChange={setMeetingId}
            options={(meetings.data ?? [])
              .filter((m) => m.status === 'scheduled')
              .map((m) => ({ value: m.id, label: `${m.heldOn} ${m.title}` }))}
          />
          <Button
            type="primary"
            loading={actions.review.isPending}
            onClick={() => actions.review.mutate(meetingId, { onError: (error) => reportError(error) })}
          >
            {t('action.review')}
          </Button>
        </>
      )}
      {phase === 'approved' && (
        <Button type="primary" onClick={() => act('start')}>
          {t('action.start')}
        </Button>
      )}
      {phase === 'in_progress' && <Button onClick={() => act('complete')}>{t('action.complete')}</Button>}
      {(phase === 'approved' || phase === 'in_progress') && (
        <>
          <Input
            style={{ width: 220 }}
            placeholder={t('action.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <Button danger onClick={() => act('terminate')}>
            {t('action.terminate')}
          </Button>
        </>
      )}
    </Space>
  );
}

function Milestones({ bodyId, project }: { bodyId: string; project: TProject }) {
  const t = useT(PROJECTS_MESSAGES);
  const reportError = useReportError();
  const actions = useProjectActions(bodyId, project.id);
  const [form] = Form.useForm<{ title: string; dueOn: string }>();
  const zod = useZodForm(ZMilestoneInput, { labels: { title: t('milestone.title'), dueOn: t('milestone.dueOn') } });
  const open = project.phase !== 'completed' && project.phase !== 'terminated';
  return (
    <>
      <List
        size="small"
        dataSource={project.milestones}
        locale={{ emptyText: t('detail.milestones.empty') }}
        renderItem={(milestone) => (
          <List.Item
            actions={
              project.abilities.report && open && !milestone.doneOn
                ? [
                    <Button
                      key="done"
                      size="small"
                      onClick={() =>
                        actions.milestoneDone.mutate({ id: milestone.id, doneOn: today() }, { onError: (error) => reportError(error) })
                      }
                    >
                      {t('milestone.markDone')}
                    </Button>,
                  ]
                : []
            }
          >
            <Space>
              <span>{milestone.title}</span>
              <Typography.Text type="secondary">{t('milestone.due', { date: milestone.dueOn })}</Typography.Text>
              {milestone.doneOn && <Tag color="green">{t('milestone.done', { date: milestone.doneOn })}</Tag>}
              {milestone.late && <Tag color="red">{t('milestone.late')}</Tag>}
              {milestone.note && <Typography.Text type="secondary">{milestone.note}</Typography.Text>}
            </Space>
          </List.Item>
        )}
      />
      {project.abilities.report && open && (
        <Form
          form={form}
          layout="inline"
          onFinish={(values) =>
            actions.addMilestone.mutate(values, { onSuccess: () => form.resetFields(), onError: (error) => reportError(error, { form }) })
          }
        >
          <Form.Item {...zod.field('title')}>
            <Input placeholder={t('milestone.title')} maxLength={200} />
          </Form.Item>
          <Form.Item {...zod.field('dueOn')} label={t('milestone.dueOn')}>
            <Input type="date" />
          </Form.Item>
          <Button htmlType="submit" loading={actions.addMilestone.isPending}>
            {t('milestone.add')}
          </Button>
        </Form>
      )}
    </>
  );
}

function Participants({ bodyId, project, members }: { bodyId: string; project: TProject; members: { id: string; name: string }[] }) {
  const t = useT(PROJECTS_MESSAGES);
  const reportError = useReportError();
  const actions = useProjectActions(bodyId, project.id);
  const [adding, setAdding] = useState<string>();
  const taken = new Set(project.participants.map((p) => p.org.id));
  const editable = project.abilities.manage && project.phase !== 'completed' && project.phase !== 'terminated';
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {project.participants.map((p) => (
          <Tag key={p.org.id} color={p.role === 'lead' ? 'gold' : undefined} title={t('joinedOn', { date: p.joinedOn })}>
            {p.role === 'lead' ? `${t('role.lead')}：` : ''}
            {p.org.name}
            {editable && p.role !== 'lead' && (
              <Popconfirm
                title={t('participant.removeConfirm', { org: p.org.name })}
                onConfirm={() => actions.removeParticipant.mutate(p.org.id, { onError: (error) => reportError(error) })}
              >
                <Button size="small" type="link" danger>
                  {t('participant.remove')}
                </Button>
              </Popconfirm>
            )}
          </Tag>
        ))}
      </Space>
      {editable && (
        <Space>
          <Select
            style={{ minWidth: 280 }}
            showSearch={{ optionFilterProp: 'label' }}
            value={adding}
            onChange={setAdding}
            options={members.filter((m) => !taken.has(m.id)).map((m) => ({ value: m.id, label: m.name }))}
          />
          <Button
            disabled={!adding}
            onClick={() =>
              adding &&
              actions.addParticipant.mutate(
                { orgId: adding, joinedOn: today() },
                { onSuccess: () => setAdding(undefined), onError: (error) => reportError(error) },
              )
            }
          >
            {t('participant.add')}
          </Button>
        </Space>
      )}
    </Space>
  );
}

export function ProjectDetails({
  bodyId,
  projectId,
  members,
}: {
  bodyId: string;
  projectId: string;
  members: { id: string; name: string }[];
}) {
  const t = useT(PROJECTS_MESSAGES);
  const bilingual = useBilingual();
  const query = useProject(bodyId, projectId);
  if (query.isError) return <QueryError error={query.error} onRetry={query.refetch} />;
  const project = query.data;
  if (!project) return null;
  const approval = project.approval;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'summary', label: t('detail.summary'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{project.summary}</span> },
          ...(project.initiativePoint
            ? [{ key: 'initiative', label: t('form.initiative'), children: bilingual(INITIATIVE_POINTS[project.initiativePoint]) }]
            : []),
          { key: 'proposer', label: t('detail.proposer'), children: project.proposer.name },
          {
            key: 'approval',
            label: t('detail.approval'),
            children: approval ? (
              <Space>
                <span>{t('detail.approval.text', { meeting: approval.meetingTitle, heldOn: approval.heldOn })}</span>
                {approval.resolutionNo !== null && <Tag color="green">{t('detail.resolution', { no: approval.resolutionNo })}</Tag>}
              </Space>
            ) : (
              t('detail.approval.none')
            ),
          },
          ...(project.closedOn
            ? [{ key: 'closed', label: t('detail.closing'), children: `${project.closedOn} ${project.closingReason ?? ''}` }]
            : []),
          {
            key: 'participants',
            label: t('detail.participants'),
            children: <Participants bodyId={bodyId} project={project} members={members} />,
          },
        ]}
      />
      <Typography.Title level={5}>{t('detail.milestones')}</Typography.Title>
      <Milestones bodyId={bodyId} project={project} />
      {project.abilities.manage && <StatusActions bodyId={bodyId} project={project} />}
    </Space>
  );
}
