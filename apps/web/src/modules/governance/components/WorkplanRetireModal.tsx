/** The secretariat retires a task with its reason; the task stays in the plan's history. */
import { type TWorkplanTask, ZWorkplanTaskRetire } from '@chanjiao/contracts/governance/workplan';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useTaskChanges } from '../hooks/workplan-api';
import { WORKPLAN_MESSAGES } from '../workplan-messages';

export function WorkplanRetireModal({ bodyId, task, onClose }: { bodyId: string; task: TWorkplanTask; onClose: () => void }) {
  const t = useT(WORKPLAN_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<{ reason: string }>();
  const zod = useZodForm(ZWorkplanTaskRetire);
  const { retire } = useTaskChanges(bodyId);
  const submit = ({ reason }: { reason: string }) =>
    retire.mutate(
      { taskId: task.id, reason, version: task.version },
      {
        onSuccess: () => {
          void message.success(t('task.saved'));
          onClose();
        },
        onError: (error) => reportError(error, { form }),
      },
    );
  return (
    <Modal
      open
      title={t('task.retireTitle', { title: task.title })}
      okText={t('task.retire')}
      okButtonProps={{ danger: true }}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={retire.isPending}
    >
      <Alert type="info" showIcon message={t('task.retireNotice')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item {...zod.field('reason')} label={t('task.reason')}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
