/** Sending a report back on the experts' findings: the findings are the reason, a remark may be added. */
import { type TComplianceReportRow, type TComplianceSendBack, ZComplianceSendBack } from '@chanjiao/contracts/reports/index';
import { Form, Input, Modal, Typography } from 'antd';
import { useCallback } from 'react';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { COMPLIANCE_MESSAGES } from '../compliance-messages';

interface Props {
  report: TComplianceReportRow;
  pending: boolean;
  onSend: (input: TComplianceSendBack, onError: (error: unknown) => void) => void;
  onClose: () => void;
}

export function SendBackModal({ report, pending, onSend, onClose }: Props) {
  const t = useT(COMPLIANCE_MESSAGES);
  const bilingual = useBilingual();
  const reportError = useReportError();
  const [form] = Form.useForm<{ remark?: string }>();
  const toPayload = useCallback(
    (values: { remark?: string }): TComplianceSendBack => ({ version: report.version, remark: values.remark?.trim() || undefined }),
    [report.version],
  );
  const zod = useZodForm<{ remark?: string }>(ZComplianceSendBack, { toPayload });
  return (
    <Modal
      open
      title={t('sendBack.title', { org: report.org.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
    >
      <Typography.Paragraph type="secondary">{t('sendBack.intro')}</Typography.Paragraph>
      <ol style={{ paddingLeft: 20 }}>
        {report.findings.map((f, i) => (
          <li key={i}>
            <Typography.Text strong>{bilingual(f.title)}</Typography.Text>（{f.expertName}，{f.verdict}）：{f.text}
          </li>
        ))}
      </ol>
      <Form form={form} layout="vertical" onFinish={(values) => onSend(toPayload(values), (error) => reportError(error, { form }))}>
        <Form.Item {...zod.field('remark')} label={t('sendBack.remark')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
