/** Records a site visit (实地考察) to an application: date, who went, what they found. Experts read it with their score sheet. */
import type { TSiteVisitInput } from '@chanjiao/contracts/selection/index';
import { Form, Input, Modal } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useRecordSiteVisit } from '../hooks/review-queries';
import { REVIEW_MESSAGES } from '../review-messages';

export function ReviewSiteVisitModal({
  application,
  onClose,
}: {
  application: { id: string; consortiumName: string };
  onClose: () => void;
}) {
  const t = useT(REVIEW_MESSAGES);
  const report = useReportError();
  const [form] = Form.useForm<TSiteVisitInput>();
  const record = useRecordSiteVisit(application.id);
  const submit = (values: TSiteVisitInput) => record.mutate(values, { onSuccess: onClose, onError: (error) => report(error, { form }) });
  const required = (field: string) => [{ required: true, whitespace: true, message: t('field.required', { field }) }];
  return (
    <Modal
      open
      title={t('siteVisit.title', { name: application.consortiumName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={record.isPending}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="visitedOn" label={t('siteVisit.date')} rules={required(t('siteVisit.date'))} extra={t('siteVisit.date.hint')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="visitMembers" label={t('siteVisit.members')} rules={required(t('siteVisit.members'))}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="findings" label={t('siteVisit.findings')} rules={required(t('siteVisit.findings'))}>
          <Input.TextArea rows={5} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
