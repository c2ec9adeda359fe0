/** Asks for the reason of a change the history keeps (taking a major out, withdrawing a catalogue). */
import { ZShortageEntryRemoval } from '@chanjiao/contracts/talent/index';
import { Form, Input, Modal } from 'antd';
import { type ReactNode, useCallback } from 'react';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { TALENT_MESSAGES } from '../talent-messages';

interface Props {
  title: ReactNode;
  version: number;
  pending: boolean;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}

export function ReasonModal({ title, version, pending, onSubmit, onClose }: Props) {
  const t = useT(TALENT_MESSAGES);
  const [form] = Form.useForm<{ reason: string }>();
  const toPayload = useCallback((values: { reason?: string }) => ({ reason: values.reason, version }), [version]);
  const zod = useZodForm<{ reason?: string }>(ZShortageEntryRemoval, { toPayload });
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={pending}>
      <Form form={form} layout="vertical" onFinish={(values) => onSubmit(values.reason.trim())}>
        <Form.Item {...zod.field('reason')} label={t('shortage.reason')}>
          <Input.TextArea rows={3} maxLength={300} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
