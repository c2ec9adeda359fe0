/** A unit publishes a teacher offer, a teacher request or a vocational-experience activity. */
import { EXCHANGE_POST_KINDS, type TExchangePostInput, ZExchangePostInput } from '@chanjiao/contracts/resources/index';
import { App, Form, Input, InputNumber, Modal, Radio } from 'antd';
import { useMemo } from 'react';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { EXCHANGE_MESSAGES } from '../exchange-messages';
import { useExchangeActions } from '../hooks/exchange-api';
import { ClassPicker } from './CataloguePickers';
import { PeriodFields } from './PeriodFields';

export function PostFormModal({ bodyId, orgId, onClose }: { bodyId: string; orgId: string; onClose: () => void }) {
  const t = useT(EXCHANGE_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TExchangePostInput>();
  const labels = useMemo(() => ({ fields: t('post.fields'), days: t('post.days'), capacity: t('post.capacity') }), [t]);
  const zod = useZodForm<TExchangePostInput>(ZExchangePostInput, { labels });
  const actions = useExchangeActions(bodyId, orgId);
  const kind = Form.useWatch('kind', form) ?? 'teacher_offer';
  const submit = (values: TExchangePostInput) =>
    actions.publish.mutate(values, {
      onSuccess: () => {
        void message.success(t('post.published'));
        onClose();
      },
      onError: (error) => reportError(error, { form }),
    });
  return (
    <Modal open title={t('post.title')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={actions.publish.isPending}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'teacher_offer' }}>
        <Form.Item {...zod.field('kind')} label={t('post.kind')}>
          <Radio.Group
            optionType="button"
            options={Object.entries(EXCHANGE_POST_KINDS).map(([value, label]) => ({ value, label: bilingual(label) }))}
          />
        </Form.Item>
        <Form.Item {...zod.field('title')} label={t('post.titleField')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item {...zod.field('classCode')} label={t('post.class')}>
          <ClassPicker />
        </Form.Item>
        <Form.Item {...zod.field('fields')} label={t('post.fields')}>
          <Input maxLength={100} placeholder={t('post.fields.placeholder')} />
        </Form.Item>
        <PeriodFields field={zod.field} />
        {kind === 'experience' ? (
          <Form.Item {...zod.field('capacity')} label={t('post.capacity')} required>
            <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        ) : (
          <Form.Item {...zod.field('days')} label={t('post.days')} required>
            <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item {...zod.field('description')} label={t('post.description')}>
          <Input.TextArea maxLength={300} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
