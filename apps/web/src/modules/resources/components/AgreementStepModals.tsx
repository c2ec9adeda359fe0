/** The forms of an agreement's steps: the completion (actual days, hours, pupils), an evaluation, a cancellation. */
import {
  type TAgreementCompletion,
  type TAgreementEvaluation,
  ZAgreementCancel,
  ZAgreementCompletion,
  ZAgreementEvaluation,
} from '@chanjiao/contracts/resources/index';
import { App, Form, Input, InputNumber, Modal, Rate } from 'antd';
import type { ReactNode } from 'react';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { EXCHANGE_MESSAGES } from '../exchange-messages';

interface StepProps<V> {
  title: string;
  pending: boolean;
  send: (values: V, callbacks: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
  onClose: () => void;
}

function StepModal<V extends object>({
  title,
  pending,
  send,
  onClose,
  schema,
  initialValues,
  children,
}: StepProps<V> & {
  schema: Parameters<typeof useZodForm>[0];
  initialValues?: Partial<V>;
  children: (field: (name: string) => ReturnType<ReturnType<typeof useZodForm>['field']>) => ReactNode;
}) {
  const t = useT(EXCHANGE_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<V>();
  const zod = useZodForm<V>(schema);
  const submit = (values: V) =>
    send(values, {
      onSuccess: () => {
        void message.success(t('agreement.done'));
        onClose();
      },
      onError: (error) => reportError(error, { form }),
    });
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={pending}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={initialValues}>
        {children(zod.field)}
      </Form>
    </Modal>
  );
}

export function CompletionModal(
  props: StepProps<TAgreementCompletion> & { experience: boolean; initialValues: Partial<TAgreementCompletion> },
) {
  const t = useT(EXCHANGE_MESSAGES);
  return (
    <StepModal {...props} schema={ZAgreementCompletion}>
      {(field) => (
        <>
          <Form.Item {...field('actualDays')} label={t('complete.actualDays')}>
            <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item {...field('actualHours')} label={t('complete.actualHours')}>
            <InputNumber min={0.5} max={2000} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
          {props.experience && (
            <Form.Item {...field('actualParticipants')} label={t('complete.actualParticipants')}>
              <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          )}
          <Form.Item {...field('note')} label={t('complete.note')}>
            <Input.TextArea maxLength={300} rows={2} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

export function EvaluationModal(props: StepProps<TAgreementEvaluation>) {
  const t = useT(EXCHANGE_MESSAGES);
  return (
    <StepModal {...props} schema={ZAgreementEvaluation} initialValues={{ score: 5 }}>
      {(field) => (
        <>
          <Form.Item {...field('score')} label={t('evaluate.score')}>
            <Rate />
          </Form.Item>
          <Form.Item {...field('comment')} label={t('evaluate.comment')}>
            <Input.TextArea maxLength={300} rows={3} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}

export function CancelModal(props: StepProps<{ reason: string }>) {
  const t = useT(EXCHANGE_MESSAGES);
  return (
    <StepModal {...props} schema={ZAgreementCancel}>
      {(field) => (
        <Form.Item {...field('reason')} label={t('cancel.reason')}>
          <Input.TextArea maxLength={200} rows={2} />
        </Form.Item>
      )}
    </StepModal>
  );
}
