/** Returning a report: the field comments gathered on the page, and an overall comment. */
import { type TReportReturn, ZReportReturn } from '@chanjiao/contracts/reports/index';
import { Form, Input, Modal, Typography } from 'antd';
import { useCallback } from 'react';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { REPORT_MESSAGES } from '../reports-messages';

interface Props {
  version: number;
  fieldComments: { path: string; comment: string; label: string }[];
  pending: boolean;
  onSend: (input: TReportReturn, onError: (error: unknown) => void) => void;
  onClose: () => void;
}

export function ReturnModal({ version, fieldComments, pending, onSend, onClose }: Props) {
  const t = useT(REPORT_MESSAGES);
  const reportError = useReportError();
  const [form] = Form.useForm<{ comment?: string }>();
  const toPayload = useCallback(
    (values: { comment?: string }): TReportReturn => ({
      version,
      comment: values.comment?.trim() || undefined,
      fieldComments: fieldComments.map(({ path, comment }) => ({ path, comment })),
    }),
    [version, fieldComments],
  );
  const zod = useZodForm<{ comment?: string }>(ZReportReturn, { toPayload });
  return (
    <Modal open title={t('report.returnTitle')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={pending}>
      {fieldComments.length > 0 && (
        <ul style={{ paddingLeft: 20 }}>
          {fieldComments.map((c) => (
            <li key={c.path}>
              <Typography.Text strong>{c.label}</Typography.Text>：{c.comment}
            </li>
          ))}
        </ul>
      )}
      <Form form={form} layout="vertical" onFinish={(values) => onSend(toPayload(values), (error) => reportError(error, { form }))}>
        <Form.Item {...zod.field('comment')} label={t('report.returnOverall')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
