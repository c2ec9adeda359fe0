/** An enterprise applies to the body's enterprise list (指标3.1) with its statement. */
import { type TEnterpriseApplication, ZEnterpriseApplication } from '@chanjiao/contracts/talent/index';
import { App, Form, Input, Modal, Select } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useEnterpriseListActions } from '../hooks/lists-api';
import { LIST_MESSAGES } from '../lists-messages';

export function EnterpriseApplyModal({
  bodyId,
  orgs,
  onClose,
}: {
  bodyId: string;
  orgs: { id: string; name: string }[];
  onClose: () => void;
}) {
  const t = useT(LIST_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TEnterpriseApplication>();
  const zod = useZodForm<TEnterpriseApplication>(ZEnterpriseApplication);
  const { apply } = useEnterpriseListActions(bodyId);
  const submit = (values: TEnterpriseApplication) =>
    apply.mutate(values, {
      onSuccess: () => {
        void message.success(t('saved'));
        onClose();
      },
      onError: (error) => reportError(error, { form }),
    });
  return (
    <Modal open title={t('ent.apply')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={apply.isPending}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ orgId: orgs[0]?.id }}>
        <Form.Item {...zod.field('orgId')} label={t('ent.org')}>
          <Select options={orgs.map((org) => ({ value: org.id, label: org.name }))} />
        </Form.Item>
        <Form.Item {...zod.field('statement')} label={t('ent.statement')}>
          <Input.TextArea rows={4} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
