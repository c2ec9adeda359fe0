/** The host records a student's result by the course's scheme: a score out of 100, or pass/fail. */
import type { GradingScheme, TNomination } from '@chanjiao/contracts/resources/index';
import { App, Form, InputNumber, Modal, Radio } from 'antd';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { COURSES_MESSAGES } from '../courses-messages';
import { useCourseActions } from '../hooks/courses-api';

interface Props {
  bodyId: string;
  courseId: string;
  grading: GradingScheme;
  nomination: TNomination;
  onClose: () => void;
}

export function ResultModal({ bodyId, courseId, grading, nomination, onClose }: Props) {
  const t = useT(COURSES_MESSAGES);
  const { message } = App.useApp();
  const bilingual = useBilingual();
  const reportError = useReportError();
  const [form] = Form.useForm<{ score?: number; passed?: boolean }>();
  const { result } = useCourseActions(bodyId, courseId);
  const submit = (values: { score?: number; passed?: boolean }) =>
    result.mutate(
      { nominationId: nomination.id, ...values },
      {
        onSuccess: ({ attendanceWarning }) => {
          // The attendance rule warns and does not refuse: the result stands, the host reads why it may need a look.
          if (attendanceWarning) void message.warning(bilingual(attendanceWarning), 8);
          else void message.success(t('nomination.record'));
          onClose();
        },
        onError: (error) => reportError(error, { form }),
      },
    );
  return (
    <Modal
      open
      title={`${t('nomination.record')}：${nomination.studentName}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={result.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ score: nomination.score ?? undefined, passed: nomination.passed ?? undefined }}
      >
        {grading === 'score' ? (
          <Form.Item name="score" label={t('nomination.result')} rules={[{ required: true, message: '请填写 0–100 的分数' }]}>
            <InputNumber min={0} max={100} step={0.5} />
          </Form.Item>
        ) : (
          <Form.Item name="passed" label={t('nomination.result')} rules={[{ required: true, message: '请选择合格或不合格' }]}>
            <Radio.Group
              options={[
                { value: true, label: t('nomination.passed') },
                { value: false, label: t('nomination.failed') },
              ]}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
