/**
 * Conflicts of interest (回避): those derived from affiliations, with the place in the 推荐书 where the unit
 * was found, and those stated by an expert or recorded by the authority, which the authority may remove.
 */
import { APPLICATION_UNIT_PLACES } from '@chanjiao/contracts/selection-rules';
import {
  type TConflict,
  type TConflictEvidence,
  type TConflictPin,
  type TReviewBoard,
  ZConflictPin,
} from '@chanjiao/contracts/selection/index';
import { Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useBilingual, useT } from '../../../app/i18n';
import { useReportError } from '../../../app/forms';
import { useZodForm } from '../../../app/zod-form';
import { usePinConflict, useRemoveConflict } from '../hooks/review-queries';
import { REVIEW_MESSAGES } from '../review-messages';

function EvidenceTag({ evidence }: { evidence: TConflictEvidence }) {
  const t = useT(REVIEW_MESSAGES);
  const bilingual = useBilingual();
  const report = useReportError();
  const remove = useRemoveConflict();
  if (evidence.kind === 'affiliation') {
    const where =
      bilingual(APPLICATION_UNIT_PLACES[evidence.place]) + (evidence.row === null ? '' : t('conflicts.row', { row: evidence.row + 1 }));
    return (
      <Tag color="orange">
        {t('conflicts.found', { where, unit: evidence.unitName ?? '', by: t(`conflicts.matchedBy.${evidence.matchedBy}`) })}
      </Tag>
    );
  }
  return (
    <Space size={4}>
      <Tag color={evidence.kind === 'declared' ? 'blue' : 'purple'}>{t(`conflicts.${evidence.kind}`, { reason: evidence.reason })}</Tag>
      <Popconfirm
        title={t('conflicts.remove.confirm')}
        onConfirm={() => remove.mutate(evidence.statedId, { onError: (error) => report(error) })}
      >
        <Button size="small" type="link" danger>
          {t('action.remove')}
        </Button>
      </Popconfirm>
    </Space>
  );
}

function PinConflictForm({ board }: { board: TReviewBoard }) {
  const t = useT(REVIEW_MESSAGES);
  const report = useReportError();
  const [form] = Form.useForm<TConflictPin>();
  const pin = usePinConflict(board.call.id);
  const zod = useZodForm<TConflictPin>(ZConflictPin, {
    labels: { expertId: t('panel.expert'), applicationId: t('column.application'), reason: t('conflicts.reason') },
  });
  const submit = (values: TConflictPin) =>
    pin.mutate(values, { onSuccess: () => form.resetFields(), onError: (error) => report(error, { form }) });
  return (
    <Form form={form} layout="inline" onFinish={submit} style={{ marginBottom: 12, rowGap: 8 }}>
      <Form.Item {...zod.field('expertId')}>
        <Select
          placeholder={t('panel.expert')}
          style={{ width: 180 }}
          options={board.panel.map((e) => ({ value: e.id, label: e.displayName }))}
        />
      </Form.Item>
      <Form.Item {...zod.field('applicationId')}>
        <Select
          placeholder={t('column.application')}
          style={{ width: 240 }}
          options={board.applications.map((a) => ({ value: a.id, label: a.consortiumName }))}
        />
      </Form.Item>
      <Form.Item {...zod.field('reason')}>
        <Input placeholder={t('conflicts.reason')} style={{ width: 260 }} maxLength={500} />
      </Form.Item>
      <Button htmlType="submit" loading={pin.isPending}>
        {t('conflicts.pin')}
      </Button>
    </Form>
  );
}

export function ReviewConflictsCard({ board }: { board: TReviewBoard }) {
  const t = useT(REVIEW_MESSAGES);
  return (
    <Card title={t('conflicts.title')}>
      <PinConflictForm board={board} />
      <Table<TConflict>
        rowKey={(c) => `${c.expertId}:${c.applicationId}`}
        dataSource={board.conflicts}
        pagination={false}
        locale={{ emptyText: t('conflicts.none') }}
        columns={[
          { title: t('panel.expert'), dataIndex: 'expertName' },
          { title: t('column.application'), dataIndex: 'applicationName' },
          {
            title: t('conflicts.evidence'),
            render: (_, c) => (
              <Space direction="vertical" size={2}>
                {c.evidence.map((evidence, index) => (
                  <EvidenceTag key={index} evidence={evidence} />
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
