/** The host declines a nominated student with a reason the home school reads. */
import type { TNomination } from '@chanjiao/contracts/resources/index';
import { App, Form, Input, Modal } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { COURSES_MESSAGES } from '../courses-messages';
import { useCourseActions } from '../hooks/courses-api';

export function DeclineModal(props: { bodyId: string; courseId: string; nomination: TNomination; onClose: () => void }) {
  const t = useT(COURSES_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<{ reason: string }>();
  const { decline } = useCourseActions(props.bodyId, props.courseId);
  const submit = ({ reason }: { reason: string }) =>
    decline.mutate(
      { nominationId: props.nomination.id, reason },
      {
        onSuccess: () => {
          void message.success(t('nomination.decline'));
          props.onClose();
        },
        onError: (error) => reportError(error, { form }),
      },
    );
  return (
    <Modal
      open
      title={`${t('nomination.decline')}：${props.nomination.studentName}`}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={decline.isPending}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('nomination.declineReason')}
          rules={[{ required: true, whitespace: true, message: '请写明原因' }]}
        >
          <Input.TextArea maxLength={200} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
