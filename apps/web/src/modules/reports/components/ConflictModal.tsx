/** Declaring a conflict with the report's unit: the reason is kept, and the expert is not assigned to it again. */
import { ZComplianceConflictDeclare } from '@chanjiao/contracts/reports/index';
import { Form, Input, Modal } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { COMPLIANCE_MESSAGES } from '../compliance-messages';

interface Props {
  pending: boolean;
  onSend: (reason: string, onError: (error: unknown) => void) => void;
  onClose: () => void;
}

export function ConflictModal({ pending, onSend, onClose }: Props) {
  const t = useT(COMPLIANCE_MESSAGES);
  const reportError = useReportError();
  const [form] = Form.useForm<{ reason: string }>();
  const zod = useZodForm<{ reason: string }>(ZComplianceConflictDeclare);
  return (
    <Modal open title={t('sheet.conflictTitle')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={pending}>
      <Form form={form} layout="vertical" onFinish={(values) => onSend(values.reason, (error) => reportError(error, { form }))}>
        <Form.Item {...zod.field('reason')} label={t('sheet.conflictReason')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
