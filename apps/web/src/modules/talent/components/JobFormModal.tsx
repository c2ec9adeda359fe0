/** A position of the job list (指标3.2): new, or adjusted with the reason the adjustment history keeps. */
import {
  CATALOGUE_LEVEL,
  TALENT_LEVELS,
  type TalentLevel,
  type TTalentJob,
  type TTalentJobInput,
  ZTalentJobInput,
  ZTalentJobUpdate,
} from '@chanjiao/contracts/talent/index';
import { App, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useCallback } from 'react';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { DateInput } from '../../../shared/components/DateInput';
import { useJobActions } from '../hooks/lists-api';
import { LIST_MESSAGES } from '../lists-messages';
import { MajorSelect } from './MajorSelect';

type Values = TTalentJobInput & { reason?: string };

function valuesOf(job: TTalentJob): Values {
  return {
    orgId: job.org.id,
    position: job.position,
    occupation: job.occupation,
    occupationCode: job.occupationCode ?? undefined,
    majorCodes: job.majors.map((m) => m.code),
    educationLevel: job.educationLevel,
    headcount: job.headcount,
    duties: job.duties ?? undefined,
    validUntil: job.validUntil ?? undefined,
  };
}

export function JobFormModal({
  bodyId,
  orgs,
  editing,
  onClose,
}: {
  bodyId: string;
  orgs: { id: string; name: string }[];
  editing?: TTalentJob;
  onClose: () => void;
}) {
  const t = useT(LIST_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const toPayload = useCallback(
    (values: Values) => ({
      ...values,
      validUntil: values.validUntil ?? undefined,
      ...(editing ? { orgId: undefined, version: editing.version } : {}),
    }),
    [editing],
  );
  const zod = useZodForm<Values>(editing ? ZTalentJobUpdate : ZTalentJobInput, { toPayload });
  const actions = useJobActions(bodyId);
  const level = Form.useWatch('educationLevel', form) as TalentLevel | undefined;
  const submit = (raw: Values) => {
    const values = { ...raw, validUntil: raw.validUntil ?? undefined };
    const done = {
      onSuccess: () => {
        void message.success(t('saved'));
        onClose();
      },
      onError: (error: unknown) => reportError(error, { form }),
    };
    if (editing) {
      const { orgId: _orgId, reason, ...rest } = values;
      actions.adjust.mutate({ ...rest, reason: reason ?? '', jobId: editing.id, version: editing.version }, done);
    } else actions.create.mutate(values, done);
  };
  return (
    <Modal
      open
      width={720}
      title={editing ? `${t('job.adjust')}：${editing.position}` : t('job.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={actions.create.isPending || actions.adjust.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={editing ? valuesOf(editing) : { orgId: orgs[0]?.id, educationLevel: 'higher_associate', headcount: 1 }}
      >
        <Form.Item {...zod.field('orgId')} label={t('form.org')} hidden={!!editing}>
          <Select options={orgs.map((org) => ({ value: org.id, label: org.name }))} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('position')} label={t('form.position')}>
              <Input maxLength={60} showCount />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('occupation')} label={t('form.occupation')}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('occupationCode')} label={t('form.occupationCode')}>
              <Input placeholder="6-18-01-01" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('educationLevel')} label={t('form.level')}>
              <Select
                options={Object.entries(TALENT_LEVELS).map(([value, label]) => ({ value, label: bilingual(label) }))}
                onChange={() => form.setFieldValue('majorCodes', [])}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item {...zod.field('majorCodes')} label={t('form.majors')}>
          <MajorSelect multiple level={level ? CATALOGUE_LEVEL[level] : undefined} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('headcount')} label={t('form.headcount')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('validUntil')} label={t('form.validUntil')}>
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item {...zod.field('duties')} label={t('form.duties')}>
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
        {editing && (
          <Form.Item {...zod.field('reason')} label={t('job.adjust.reason')}>
            <Input maxLength={200} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
