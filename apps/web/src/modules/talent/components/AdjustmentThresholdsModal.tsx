/** The secretariat changes the body's thresholds of the 专业动态调整 suggestions; the suggestions follow at once. */
import { type TAdjustmentThresholds, type TAdjustmentThresholdsInput, ZAdjustmentThresholdsInput } from '@chanjiao/contracts/talent/index';
import { App, Col, Form, InputNumber, Modal, Row } from 'antd';
import { useCallback } from 'react';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { ADJUSTMENT_MESSAGES } from '../adjustment-messages';
import { useSaveAdjustmentThresholds } from '../hooks/adjustments-api';
import { ShareField } from './ShareField';

interface Props {
  bodyId: string;
  thresholds: TAdjustmentThresholds;
  version: number;
  onClose: () => void;
}

const HEADCOUNTS = ['enlargeMinGap', 'openMinGap', 'shrinkMinSurplus'] as const;

export function AdjustmentThresholdsModal({ bodyId, thresholds, version, onClose }: Props) {
  const t = useT(ADJUSTMENT_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<{ thresholds: TAdjustmentThresholds }>();
  const toPayload = useCallback((values: { thresholds: TAdjustmentThresholds }) => ({ ...values, version }), [version]);
  const zod = useZodForm<{ thresholds: TAdjustmentThresholds }>(ZAdjustmentThresholdsInput, { toPayload });
  const save = useSaveAdjustmentThresholds(bodyId);
  const submit = (values: { thresholds: TAdjustmentThresholds }) =>
    save.mutate({ thresholds: values.thresholds, version } satisfies TAdjustmentThresholdsInput, {
      onSuccess: () => (void message.success(t('thresholds.saved')), onClose()),
      onError: (error) => reportError(error, { form }),
    });
  return (
    <Modal open title={t('thresholds.title')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ thresholds }}>
        <Row gutter={12}>
          {HEADCOUNTS.map((name) => (
            <Col key={name} xs={24} sm={12}>
              <Form.Item {...zod.field(['thresholds', name])} label={t(`thresholds.${name}`)}>
                <InputNumber min={1} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} sm={12}>
            <ShareField field={zod.field} name={['thresholds', 'minShare']} label={t('thresholds.share')} />
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
