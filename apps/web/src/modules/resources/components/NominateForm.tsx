/** The home school nominates its students to a course: name, student number and major for each. */
import { type TNominationInput, ZNominationInput } from '@chanjiao/contracts/resources/index';
import { App, Button, Form, Input, Select, Space } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { COURSES_MESSAGES } from '../courses-messages';
import { useCourseActions } from '../hooks/courses-api';

export function NominateForm({ bodyId, courseId, homes }: { bodyId: string; courseId: string; homes: { id: string; name: string }[] }) {
  const t = useT(COURSES_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TNominationInput>();
  const zod = useZodForm<TNominationInput>(ZNominationInput);
  const { nominate } = useCourseActions(bodyId, courseId);
  const submit = (values: TNominationInput) =>
    nominate.mutate(values, {
      onSuccess: () => {
        void message.success(t('nominate.submit'));
        form.resetFields();
      },
      onError: (error) => reportError(error, { form }),
    });
  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={{ homeOrgId: homes[0]?.id, students: [{}] }}>
      <Form.Item {...zod.field('homeOrgId')} label={t('nominate.for')} hidden={homes.length < 2}>
        <Select options={homes.map((h) => ({ value: h.id, label: h.name }))} />
      </Form.Item>
      <Form.List name="students">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} wrap align="start">
                <Form.Item rules={zod.rules(['students', field.name, 'name'])} name={[field.name, 'name']} label={t('student.name')}>
                  <Input maxLength={30} style={{ width: 120 }} />
                </Form.Item>
                <Form.Item
                  rules={zod.rules(['students', field.name, 'studentNumber'])}
                  name={[field.name, 'studentNumber']}
                  label={t('student.number')}
                >
                  <Input maxLength={20} style={{ width: 140 }} />
                </Form.Item>
                <Form.Item rules={zod.rules(['students', field.name, 'major'])} name={[field.name, 'major']} label={t('student.major')}>
                  <Input maxLength={50} style={{ width: 160 }} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button type="link" danger onClick={() => remove(field.name)} style={{ marginTop: 30 }}>
                    ×
                  </Button>
                )}
              </Space>
            ))}
            <Space>
              <Button onClick={() => add({})}>{t('nominate.add')}</Button>
              <Button type="primary" htmlType="submit" loading={nominate.isPending}>
                {t('nominate.submit')}
              </Button>
            </Space>
          </>
        )}
      </Form.List>
    </Form>
  );
}
