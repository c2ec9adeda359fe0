/** Withdrawing a publication: only with a reason, which the audit trail and the report's page keep. */
import { ZPublicationWithdrawal } from '@chanjiao/contracts/reports/index';
import { Form, Input, Modal } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { PUBLICATION_MESSAGES } from '../publication-messages';

interface Props {
  pending: boolean;
  onSend: (reason: string, onError: (error: unknown) => void) => void;
  onClose: () => void;
}

export function WithdrawModal({ pending, onSend, onClose }: Props) {
  const t = useT(PUBLICATION_MESSAGES);
  const reportError = useReportError();
  const [form] = Form.useForm<{ reason: string }>();
  const zod = useZodForm<{ reason: string }>(ZPublicationWithdrawal);
  return (
    <Modal open title={t('withdraw.title')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={pending}>
      <Form form={form} layout="vertical" onFinish={(values) => onSend(values.reason, (error) => reportError(error, { form }))}>
        <Form.Item {...zod.field('reason')} label={t('field.reason')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
