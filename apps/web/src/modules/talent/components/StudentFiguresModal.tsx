/** A school's student figures for one major and graduation year (学生信息清单: counts, never a person). */
import { type TStudentAggregateInput, ZStudentAggregateInput } from '@chanjiao/contracts/talent/index';
import { App, Col, Form, InputNumber, Modal, Row, Select } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useStudentActions } from '../hooks/lists-api';
import { LIST_MESSAGES } from '../lists-messages';
import { MajorSelect } from './MajorSelect';

export function StudentFiguresModal({
  bodyId,
  orgs,
  year,
  onClose,
}: {
  bodyId: string;
  orgs: { id: string; name: string }[];
  year: number;
  onClose: () => void;
}) {
  const t = useT(LIST_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TStudentAggregateInput>();
  const zod = useZodForm<TStudentAggregateInput>(ZStudentAggregateInput);
  const { create } = useStudentActions(bodyId);
  const submit = (values: TStudentAggregateInput) =>
    create.mutate(values, {
      onSuccess: () => {
        void message.success(t('saved'));
        onClose();
      },
      onError: (error) => reportError(error, { form }),
    });
  return (
    <Modal open title={t('students.add')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ orgId: orgs[0]?.id, graduationYear: year, students: 0, seekingPlacement: 0 }}
      >
        <Form.Item {...zod.field('orgId')} label={t('form.school')}>
          <Select options={orgs.map((o) => ({ value: o.id, label: o.name }))} />
        </Form.Item>
        <Form.Item {...zod.field('majorCode')} label={t('students.col.major')}>
          <MajorSelect level={undefined} />
        </Form.Item>
        <Row gutter={12}>
          {(['graduationYear', 'students', 'seekingPlacement'] as const).map((name) => (
            <Col xs={24} sm={8} key={name}>
              <Form.Item
                {...zod.field(name)}
                label={t(name === 'graduationYear' ? 'form.graduationYear' : name === 'students' ? 'form.students' : 'form.seeking')}
              >
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </Modal>
  );
}
