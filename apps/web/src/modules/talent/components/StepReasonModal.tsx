/** Asks for the reason (and nothing else) of a step a list keeps in its history: a refusal, an exit, a withdrawal. */
import { Form, Input, Modal } from 'antd';
import { type ReactNode, useCallback } from 'react';
import type { z } from 'zod';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { LIST_MESSAGES } from '../lists-messages';

interface Props {
  title: ReactNode;
  /** The schema the route validates the step's body with. */
  schema: z.ZodType;
  /** The rest of the body: the action, the version. */
  body: Record<string, unknown>;
  pending: boolean;
  onSubmit: (reason: string | undefined) => void;
  onClose: () => void;
}

export function StepReasonModal({ title, schema, body, pending, onSubmit, onClose }: Props) {
  const t = useT(LIST_MESSAGES);
  const [form] = Form.useForm<{ reason?: string }>();
  const toPayload = useCallback((values: { reason?: string }) => ({ ...body, reason: values.reason }), [body]);
  const zod = useZodForm<{ reason?: string }>(schema, { toPayload });
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={pending}>
      <Form form={form} layout="vertical" onFinish={(values) => onSubmit(values.reason?.trim() || undefined)}>
        <Form.Item {...zod.field('reason')} label={t('reason')}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
