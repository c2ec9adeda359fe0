/**
 * The secretariat's membership desk: review applications (初审), acknowledge and forward withdrawals, complete
 * them once due, propose expulsions and put them to the meeting, and issue founding units their certificates.
 */
import {
  EXPULSION_GROUNDS,
  EXPULSION_STATUSES,
  JOIN_APPLICATION_STATUSES,
  type TMembershipQueues,
  WITHDRAWAL_STATUSES,
} from '@chanjiao/contracts/governance/membership';
import { App, Button, Card, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { DateInput } from '../../../shared/components/DateInput';
import { ExpulsionProposalModal } from './ExpulsionProposalModal';
import { FoundingCertificatesCard } from './FoundingCertificatesCard';
import { JOINT_MEETING_MESSAGES } from '../joint-meeting-messages';
import { downloadCertificate, useMembershipActions } from '../hooks/joint-meeting-api';

type Prompt = { title: string; kind: 'text' | 'date'; run: (value: string) => void } | null;

export function MembershipQueues({ bodyId, queues }: { bodyId: string; queues: TMembershipQueues }) {
  const t = useT(JOINT_MEETING_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const actions = useMembershipActions(bodyId);
  const [prompt, setPrompt] = useState<Prompt>(null);
  const [value, setValue] = useState('');
  const [proposing, setProposing] = useState(false);
  const done = { onSuccess: () => void message.success(t('saved')), onError: (error: unknown) => reportError(error) };
  const ask = (next: NonNullable<Prompt>) => {
    setValue('');
    setPrompt(next);
  };

  return (
    <>
      <Card title={t('queue.applications')} style={{ marginBottom: 16 }}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={queues.applications}
          locale={{ emptyText: t('queue.none') }}
          expandable={{
            expandedRowRender: (row) => (
              <Typography.Paragraph>
                {t('apply.legalPerson')}：{row.legalPersonStatus}；{t('apply.capacity')}：{row.qualifications.capacityStatement}；
                {t('apply.reasons')}：{row.reasons}；{t('apply.contactName')}：{row.contactName} {row.contactPhone}
              </Typography.Paragraph>
            ),
          }}
          columns={[
            { key: 'org', title: t('vote.unit'), render: (_, row) => row.org.name },
            {
              key: 'status',
              title: t('unit.status'),
              width: 140,
              render: (_, row) => <Tag>{bilingual(JOIN_APPLICATION_STATUSES[row.status])}</Tag>,
            },
            {
              key: 'note',
              title: t('unit.note'),
              render: (_, row) => row.rejectionReason ?? (row.meeting ? `${row.meeting.heldOn} ${row.meeting.title}` : ''),
            },
            {
              key: 'actions',
              title: t('actions'),
              width: 200,
              render: (_, row) =>
                row.status === 'submitted' && (
                  <Space>
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => actions.review.mutate({ id: row.id, decision: 'approve', version: row.version }, done)}
                    >
                      {t('queue.approve')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      onClick={() =>
                        ask({
                          title: t('queue.rejectReason'),
                          kind: 'text',
                          run: (reason) => actions.review.mutate({ id: row.id, decision: 'reject', reason, version: row.version }, done),
                        })
                      }
                    >
                      {t('queue.reject')}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Card>

      <Card title={t('queue.withdrawals')} style={{ marginBottom: 16 }}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={queues.withdrawals}
          locale={{ emptyText: t('queue.none') }}
          columns={[
            { key: 'org', title: t('vote.unit'), render: (_, row) => row.org.name },
            { key: 'intended', title: t('withdraw.intendedOn'), dataIndex: 'intendedOn', width: 110 },
            {
              key: 'status',
              title: t('unit.status'),
              width: 150,
              render: (_, row) => <Tag>{bilingual(WITHDRAWAL_STATUSES[row.status])}</Tag>,
            },
            {
              key: 'dates',
              title: t('unit.note'),
              render: (_, row) => (
                <>
                  {row.earliestExplanation && <Typography.Text type="secondary">{row.earliestExplanation}</Typography.Text>}
                  {row.effectiveOn && <div>{t('withdraw.effectiveOn', { date: row.effectiveOn })}</div>}
                  {row.handover.length > 0 && <div>{t('withdraw.handover', { list: row.handover.map((p) => p.name).join('、') })}</div>}
                </>
              ),
            },
            {
              key: 'actions',
              title: t('actions'),
              width: 160,
              render: (_, row) => {
                if (row.status === 'submitted') {
                  return (
                    <Button
                      size="small"
                      onClick={() =>
                        ask({
                          title: t('queue.receivedOn'),
                          kind: 'date',
                          run: (receivedOn) =>
                            actions.withdrawalStep.mutate({ id: row.id, step: 'receipt', receivedOn, version: row.version }, done),
                        })
                      }
                    >
                      {t('queue.confirmReceipt')}
                    </Button>
                  );
                }
                if (row.status === 'receipt_confirmed') {
                  return (
                    <Button
                      size="small"
                      onClick={() => actions.withdrawalStep.mutate({ id: row.id, step: 'to-meeting', version: row.version }, done)}
                    >
                      {t('queue.toMeeting')}
                    </Button>
                  );
                }
                if (row.status === 'approved') {
                  return (
                    <Button
                      size="small"
                      type="primary"
                      onClick={() =>
                        ask({
                          title: t('queue.certificateReturnedOn'),
                          kind: 'date',
                          run: (certificateReturnedOn) =>
                            actions.withdrawalStep.mutate(
                              { id: row.id, step: 'complete', certificateReturnedOn, version: row.version },
                              done,
                            ),
                        })
                      }
                    >
                      {t('queue.complete')}
                    </Button>
                  );
                }
                return null;
              },
            },
          ]}
        />
      </Card>

      <Card
        title={t('queue.expulsions')}
        style={{ marginBottom: 16 }}
        extra={
          <Button danger onClick={() => setProposing(true)}>
            {t('expulsion.propose')}
          </Button>
        }
      >
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={queues.expulsions}
          locale={{ emptyText: t('queue.none') }}
          columns={[
            { key: 'org', title: t('vote.unit'), render: (_, row) => row.org.name },
            {
              key: 'ground',
              title: t('expulsion.ground'),
              render: (_, row) => (
                <>
                  {bilingual(EXPULSION_GROUNDS[row.ground])}
                  {row.isAutomatic && (
                    <Tag color="orange" style={{ marginLeft: 8 }}>
                      {t('expulsion.automatic')}
                    </Tag>
                  )}
                  <div>
                    <Typography.Text type="secondary">{row.facts}</Typography.Text>
                  </div>
                  {row.evidenceMeetings.length > 0 && (
                    <Typography.Text type="secondary">
                      {t('expulsion.evidence', { list: row.evidenceMeetings.map((m) => `${m.heldOn} ${m.title}`).join('、') })}
                    </Typography.Text>
                  )}
                </>
              ),
            },
            {
              key: 'status',
              title: t('unit.status'),
              width: 180,
              render: (_, row) => (
                <>
                  <Tag>{bilingual(EXPULSION_STATUSES[row.status])}</Tag>
                  {row.banEndsOn && <div>{t('expulsion.ban', { date: row.banEndsOn })}</div>}
                </>
              ),
            },
            {
              key: 'actions',
              title: t('actions'),
              width: 200,
              render: (_, row) =>
                row.status === 'proposed' && (
                  <Space>
                    <Button
                      size="small"
                      onClick={() => actions.expulsionStep.mutate({ id: row.id, step: 'to-meeting', version: row.version }, done)}
                    >
                      {t('queue.toMeeting')}
                    </Button>
                    <Button
                      size="small"
                      onClick={() =>
                        ask({
                          title: t('queue.dismissReason'),
                          kind: 'text',
                          run: (reason) =>
                            actions.expulsionStep.mutate({ id: row.id, step: 'dismiss', reason, version: row.version }, done),
                        })
                      }
                    >
                      {t('queue.dismiss')}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Card>

      <FoundingCertificatesCard bodyId={bodyId} units={queues.foundingWithoutCertificate} />

      <Card title={t('queue.certificates')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={queues.certificates}
          locale={{ emptyText: t('queue.none') }}
          columns={[
            { key: 'number', title: t('certificate.number'), dataIndex: 'number' },
            { key: 'org', title: t('vote.unit'), render: (_, row) => row.org.name },
            { key: 'issued', title: t('certificate.issuedOn'), dataIndex: 'issuedOn', width: 120 },
            { key: 'returned', title: t('certificate.returnedOn'), dataIndex: 'returnedOn', width: 120 },
            {
              key: 'actions',
              title: t('actions'),
              width: 100,
              render: (_, row) => (
                <Button
                  size="small"
                  onClick={() =>
                    downloadCertificate(bodyId, row.id, `${row.number}.pdf`).catch((error: Error) => void message.error(error.message))
                  }
                >
                  {t('certificate.download')}
                </Button>
              ),
            },
          ]}
        />
      </Card>

      {proposing && <ExpulsionProposalModal bodyId={bodyId} onClose={() => setProposing(false)} />}

      <Modal
        open={prompt !== null}
        title={prompt?.title}
        okButtonProps={{ disabled: value.trim() === '' }}
        onCancel={() => setPrompt(null)}
        onOk={() => {
          prompt?.run(value);
          setPrompt(null);
        }}
      >
        {prompt?.kind === 'date' ? (
          <DateInput value={value || null} onChange={(date) => setValue(date ?? '')} />
        ) : (
          <Input.TextArea rows={3} value={value} onChange={(event) => setValue(event.target.value)} />
        )}
      </Modal>
    </>
  );
}
