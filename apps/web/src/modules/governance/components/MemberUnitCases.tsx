/**
 * For a member unit's representative: apply to join (章程第十六、十九条) or to withdraw (第二十条), follow the
 * cases (including a rejection's reason) and download the 《联盟成员证书》.
 */
import {
  JOIN_APPLICATION_STATUSES,
  WITHDRAWAL_STATUSES,
  ZJoinApplicationInput,
  ZWithdrawalInput,
} from '@chanjiao/contracts/governance/membership';
import { App, Button, Card, Checkbox, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { DateInput } from '../../../shared/components/DateInput';
import { JOINT_MEETING_MESSAGES } from '../joint-meeting-messages';
import { downloadCertificate, useMembershipActions, useOrgCases } from '../hooks/joint-meeting-api';

const CONDITIONS = ['registeredLegalPerson', 'endorsesCharter', 'capacity', 'willingToCooperate'] as const;

function ApplyModal({ bodyId, orgId, onClose }: { bodyId: string; orgId: string; onClose: () => void }) {
  const t = useT(JOINT_MEETING_MESSAGES);
  const [form] = Form.useForm();
  const reportError = useReportError();
  const { apply } = useMembershipActions(bodyId);
  const zod = useZodForm<Record<string, unknown>>(ZJoinApplicationInput, {
    toPayload: (values) => ({ ...values, orgId }),
    labels: {
      legalPersonStatus: t('apply.legalPerson'),
      'qualifications.capacityStatement': t('apply.capacity'),
      reasons: t('apply.reasons'),
      contactName: t('apply.contactName'),
      contactTitle: t('apply.contactTitle'),
      contactPhone: t('apply.contactPhone'),
      contactEmail: t('apply.contactEmail'),
    },
  });
  return (
    <Modal
      open
      width={720}
      title={t('apply.title')}
      okText={t('apply.submit')}
      confirmLoading={apply.isPending}
      onCancel={onClose}
      onOk={() =>
        form
          .validateFields()
          .then((values) => apply.mutate({ ...values, orgId }, { onSuccess: onClose, onError: (error) => reportError(error, { form }) }))
      }
    >
      <Form form={form} layout="vertical" initialValues={{ qualifications: Object.fromEntries(CONDITIONS.map((c) => [c, false])) }}>
        <Form.Item {...zod.field('legalPersonStatus')} label={t('apply.legalPerson')}>
          <Input placeholder={t('apply.legalPersonPlaceholder')} />
        </Form.Item>
        <Typography.Text strong>{t('apply.conditions')}</Typography.Text>
        {CONDITIONS.map((condition) => (
          <Form.Item key={condition} name={['qualifications', condition]} valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox>{t(`condition.${condition}`)}</Checkbox>
          </Form.Item>
        ))}
        <Form.Item {...zod.field(['qualifications', 'capacityStatement'])} label={t('apply.capacity')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item {...zod.field('reasons')} label={t('apply.reasons')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Space wrap>
          <Form.Item {...zod.field('contactName')} label={t('apply.contactName')}>
            <Input />
          </Form.Item>
          <Form.Item {...zod.field('contactTitle')} label={t('apply.contactTitle')}>
            <Input />
          </Form.Item>
          <Form.Item {...zod.field('contactPhone')} label={t('apply.contactPhone')}>
            <Input />
          </Form.Item>
          <Form.Item {...zod.field('contactEmail')} label={t('apply.contactEmail')}>
            <Input />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

function WithdrawModal({ bodyId, orgId, onClose }: { bodyId: string; orgId: string; onClose: () => void }) {
  const t = useT(JOINT_MEETING_MESSAGES);
  const [form] = Form.useForm();
  const reportError = useReportError();
  const { withdraw } = useMembershipActions(bodyId);
  const zod = useZodForm<Record<string, unknown>>(ZWithdrawalInput, {
    toPayload: (values) => ({ ...values, orgId }),
    labels: { letter: t('withdraw.letter'), intendedOn: t('withdraw.intendedOn') },
  });
  return (
    <Modal
      open
      title={t('withdraw.title')}
      okText={t('apply.submit')}
      confirmLoading={withdraw.isPending}
      onCancel={onClose}
      onOk={() =>
        form
          .validateFields()
          .then((values) => withdraw.mutate({ ...values, orgId }, { onSuccess: onClose, onError: (error) => reportError(error, { form }) }))
      }
    >
      <Typography.Paragraph type="secondary">{t('withdraw.notice')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item {...zod.field('letter')} label={t('withdraw.letter')}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item {...zod.field('intendedOn')} label={t('withdraw.intendedOn')}>
          <DateInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function MemberUnitCases({
  bodyId,
  orgId,
  orgName,
  isMember,
}: {
  bodyId: string;
  orgId: string;
  orgName: string;
  isMember: boolean | undefined;
}) {
  const t = useT(JOINT_MEETING_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const cases = useOrgCases(orgId);
  const [open, setOpen] = useState<'apply' | 'withdraw' | null>(null);
  const apps = (cases.data?.applications ?? []).filter((a) => a.body.id === bodyId);
  const outs = (cases.data?.withdrawals ?? []).filter((w) => w.body.id === bodyId);
  const certs = (cases.data?.certificates ?? []).filter((c) => c.bodyId === bodyId);
  return (
    <Card
      title={t('unit.title', { org: orgName })}
      style={{ marginBottom: 16 }}
      extra={
        isMember === undefined ? null : isMember ? (
          <Button onClick={() => setOpen('withdraw')}>{t('withdraw.title')}</Button>
        ) : (
          <Button type="primary" onClick={() => setOpen('apply')}>
            {t('apply.title')}
          </Button>
        )
      }
    >
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        locale={{ emptyText: t('unit.none') }}
        dataSource={[
          ...apps.map((a) => ({
            id: a.id,
            what: t('apply.title'),
            status: bilingual(JOIN_APPLICATION_STATUSES[a.status]),
            note: a.rejectionReason ?? (a.meeting ? `${a.meeting.heldOn} ${a.meeting.title}` : ''),
          })),
          ...outs.map((w) => ({
            id: w.id,
            what: t('withdraw.title'),
            status: bilingual(WITHDRAWAL_STATUSES[w.status]),
            note: [w.earliestExplanation, w.effectiveOn && t('withdraw.effectiveOn', { date: w.effectiveOn })].filter(Boolean).join('；'),
          })),
        ]}
        columns={[
          { key: 'what', title: t('unit.case'), dataIndex: 'what', width: 140 },
          { key: 'status', title: t('unit.status'), dataIndex: 'status', width: 160, render: (status: string) => <Tag>{status}</Tag> },
          { key: 'note', title: t('unit.note'), dataIndex: 'note' },
        ]}
      />
      {certs.map((cert) => (
        <Space key={cert.id} style={{ marginTop: 12 }}>
          <span>{t('certificate.label', { number: cert.number, issuedOn: cert.issuedOn })}</span>
          {cert.returnedOn && <Tag>{t('certificate.returned', { date: cert.returnedOn })}</Tag>}
          <Button
            size="small"
            onClick={() =>
              downloadCertificate(bodyId, cert.id, `${cert.number}.pdf`).catch((error: Error) => void message.error(error.message))
            }
          >
            {t('certificate.download')}
          </Button>
        </Space>
      ))}
      {open === 'apply' && <ApplyModal bodyId={bodyId} orgId={orgId} onClose={() => setOpen(null)} />}
      {open === 'withdraw' && <WithdrawModal bodyId={bodyId} orgId={orgId} onClose={() => setOpen(null)} />}
    </Card>
  );
}
