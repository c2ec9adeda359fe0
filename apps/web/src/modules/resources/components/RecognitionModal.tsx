/** The home school decides on a result: recognised as a course of its plan, converted by the rule, or refused. */
import { RECOGNITION_OUTCOMES, type TRecognition, type TRecognitionInput } from '@chanjiao/contracts/resources/index';
import { App, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { COURSES_MESSAGES } from '../courses-messages';
import { useDecideRecognition } from '../hooks/courses-api';

interface Props {
  bodyId: string;
  nominationId: string;
  title: string;
  current: TRecognition | null;
  onClose: () => void;
}

export function RecognitionModal({ bodyId, nominationId, title, current, onClose }: Props) {
  const t = useT(COURSES_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Omit<TRecognitionInput, 'version'>>();
  const outcome = Form.useWatch('outcome', form);
  const decide = useDecideRecognition(bodyId);
  const submit = (values: Omit<TRecognitionInput, 'version'>) =>
    decide.mutate(
      { nominationId, ...values, version: current?.version ?? 0 },
      {
        onSuccess: () => {
          void message.success(t('recognition.title'));
          onClose();
        },
        onError: (error) => reportError(error, { form }),
      },
    );
  return (
    <Modal
      open
      title={`${t('recognition.title')}：${title}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={decide.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          outcome: current?.outcome ?? 'converted',
          ownCourseName: current?.ownCourseName ?? undefined,
          ownCredits: current?.outcome === 'recognised' ? current.credits : undefined,
        }}
      >
        <Form.Item name="outcome" label={t('recognition.outcome')}>
          <Radio.Group options={Object.entries(RECOGNITION_OUTCOMES).map(([value, label]) => ({ value, label: bilingual(label) }))} />
        </Form.Item>
        {outcome === 'recognised' && (
          <>
            <Form.Item
              name="ownCourseName"
              label={t('recognition.ownCourseName')}
              rules={[{ required: true, message: '请填写本校课程名称' }]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="ownCredits" label={t('recognition.ownCredits')} rules={[{ required: true, message: '请填写认定学分' }]}>
              <InputNumber min={0.5} max={20} step={0.5} />
            </Form.Item>
          </>
        )}
        {outcome === 'converted' && <Typography.Paragraph type="secondary">{t('recognition.rule')}</Typography.Paragraph>}
        <Form.Item
          name="reason"
          label={t('recognition.reason')}
          extra={t('recognition.reasonHint')}
          rules={[{ required: outcome === 'refused' || !!current, message: '请写明原因' }]}
        >
          <Input.TextArea maxLength={300} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
