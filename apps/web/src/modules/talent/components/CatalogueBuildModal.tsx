/** Builds a draft shortage catalogue by the rule, or runs the rule again on a draft with new thresholds. */
import {
  DEFAULT_SHORTAGE_THRESHOLDS,
  type TShortageCatalogue,
  type TShortageDraftInput,
  ZShortageDraftInput,
  ZShortageRebuildInput,
} from '@chanjiao/contracts/talent/index';
import { App, Col, Form, Input, InputNumber, Modal, Row } from 'antd';
import { useCallback } from 'react';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useCatalogueActions } from '../hooks/talent-api';
import { TALENT_MESSAGES } from '../talent-messages';
import { ThresholdFields } from './ThresholdFields';

interface Props {
  bodyId: string;
  /** The draft to rebuild; a new draft when absent. */
  rebuilding?: TShortageCatalogue;
  defaultYear: number;
  onBuilt: (id: string) => void;
  onClose: () => void;
}

export function CatalogueBuildModal({ bodyId, rebuilding, defaultYear, onBuilt, onClose }: Props) {
  const t = useT(TALENT_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TShortageDraftInput>();
  const toPayload = useCallback(
    (values: TShortageDraftInput) => (rebuilding ? { thresholds: values.thresholds, version: rebuilding.version } : values),
    [rebuilding],
  );
  const zod = useZodForm<TShortageDraftInput>(rebuilding ? ZShortageRebuildInput : ZShortageDraftInput, { toPayload });
  const actions = useCatalogueActions(bodyId);
  const submit = (values: TShortageDraftInput) => {
    const onError = (error: unknown) => reportError(error, { form });
    if (rebuilding) {
      actions.rebuild.mutate(
        { catalogueId: rebuilding.id, thresholds: values.thresholds, version: rebuilding.version },
        { onSuccess: () => (void message.success(t('shortage.rebuilt')), onBuilt(rebuilding.id), onClose()), onError },
      );
    } else {
      actions.build.mutate(values, { onSuccess: (created) => (onBuilt(created.id), onClose()), onError });
    }
  };
  return (
    <Modal
      open
      width={640}
      title={rebuilding ? t('shortage.rebuild') : t('shortage.build')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={actions.build.isPending || actions.rebuild.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          rebuilding
            ? { title: rebuilding.title, startYear: rebuilding.startYear, thresholds: rebuilding.thresholds }
            : { title: `${defaultYear}—${defaultYear + 2}年紧缺人才目录`, startYear: defaultYear, thresholds: DEFAULT_SHORTAGE_THRESHOLDS }
        }
      >
        {!rebuilding && (
          <Row gutter={12}>
            <Col xs={24} sm={16}>
              <Form.Item {...zod.field('title')} label={t('shortage.form.title')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8}>
              <Form.Item {...zod.field('startYear')} label={t('shortage.form.startYear')}>
                <InputNumber min={2020} max={2100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <ThresholdFields field={zod.field} />
      </Form>
    </Modal>
  );
}
