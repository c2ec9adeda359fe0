/** A member unit registers the people it sends (附件3 三(三)「选派优秀师生参与联盟的各项活动」). */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { TRegistrationInput } from '@chanjiao/contracts/governance/activities';
import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { ACTIVITIES_MESSAGES } from '../activities-messages';
import { useActivityActions } from '../hooks/activities-api';

interface Props {
  bodyId: string;
  activityId: string;
  /** Units the user registers for. */
  own: { id: string; name: string }[];
  onClose: () => void;
}

export function ActivitiesRegistrationModal({ bodyId, activityId, own, onClose }: Props) {
  const t = useT(ACTIVITIES_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TRegistrationInput>();
  const { register } = useActivityActions(bodyId, activityId);

  const submit = (values: TRegistrationInput) =>
    register.mutate(values, {
      onSuccess: () => {
        void message.success(t('register.done'));
        onClose();
      },
      onError: (error) => reportError(error, { form }),
    });

  return (
    <Modal open width={720} title={t('register')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={register.isPending}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ orgId: own[0]?.id, participants: [{}] }}>
        <Form.Item name="orgId" label={t('register.unit')} rules={[{ required: true }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={own.map((org) => ({ value: org.id, label: org.name }))} />
        </Form.Item>
        <Form.List name="participants">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true }]}>
                    <Input placeholder={t('participant.name')} maxLength={40} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'title']} rules={[{ required: true }]}>
                    <Input placeholder={t('participant.title')} maxLength={60} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'phone']} rules={[{ required: true }]}>
                    <Input placeholder={t('participant.phone')} maxLength={20} />
                  </Form.Item>
                  {fields.length > 1 && <MinusCircleOutlined aria-label={t('participant.withdraw')} onClick={() => remove(field.name)} />}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                {t('register.add')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
