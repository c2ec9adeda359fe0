/** The principal approves: reads the 责任声明, types their name and accepts it. */
import { type TReportApproval, ZReportApproval } from '@chanjiao/contracts/reports/index';
import { Alert, Checkbox, Form, Input, Modal } from 'antd';
import { useCallback } from 'react';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { REPORT_MESSAGES } from '../reports-messages';

type Values = { signatoryName?: string; statementAccepted?: boolean };

interface Props {
  version: number;
  statement: string;
  pending: boolean;
  onSend: (input: TReportApproval, onError: (error: unknown) => void) => void;
  onClose: () => void;
}

export function ApproveModal({ version, statement, pending, onSend, onClose }: Props) {
  const t = useT(REPORT_MESSAGES);
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const toPayload = useCallback(
    (values: Values) => ({ version, signatoryName: values.signatoryName ?? '', statementAccepted: values.statementAccepted === true }),
    [version],
  );
  const zod = useZodForm<Values>(ZReportApproval, { toPayload });
  return (
    <Modal
      open
      title={t('report.approveTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('report.approve')}
      confirmLoading={pending}
    >
      <Alert type="info" message={statement} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => onSend(toPayload(values) as TReportApproval, (error) => reportError(error, { form }))}
      >
        <Form.Item {...zod.field('signatoryName')} label={t('report.signatory')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item {...zod.field('statementAccepted')} valuePropName="checked">
          <Checkbox>{t('report.accept')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
