/** A member unit registers the people it sends (附件3 三(三)「选派优秀师生参与联盟的各项活动」). */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { type TRegistrationInput, ZRegistrationInput } from '@chanjiao/contracts/governance/activities';
import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { listLabels, useZodForm } from '../../../app/zod-form';
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
  const rows = Form.useWatch('participants', form)?.length ?? 1;
  // A participant's 职务 is not the platform's usual 标题.
  const labels = listLabels('participants', rows, {
    name: t('participant.name'),
    title: t('participant.title'),
    phone: t('participant.phone'),
  });
  const zod = useZodForm<TRegistrationInput>(ZRegistrationInput, { labels: { orgId: t('register.unit'), ...labels } });

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
        <Form.Item {...zod.field('orgId')} label={t('register.unit')}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={own.map((org) => ({ value: org.id, label: org.name }))} />
        </Form.Item>
        <Form.List name="participants">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'name']} rules={zod.rules(['participants', field.name, 'name'])}>
                    <Input placeholder={t('participant.name')} maxLength={40} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'title']} rules={zod.rules(['participants', field.name, 'title'])}>
                    <Input placeholder={t('participant.title')} maxLength={60} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'phone']} rules={zod.rules(['participants', field.name, 'phone'])}>
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
