/** The host offers a course to the other members: name, credits, hours, term, seats, mode, grading, teacher. */
import { COURSE_MODES, GRADING_SCHEMES, type TCourseInput, ZCourseInput } from '@chanjiao/contracts/resources/index';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { COURSES_MESSAGES } from '../courses-messages';
import { useOfferCourse } from '../hooks/courses-api';

const options = (labels: Record<string, { 'zh-CN': string; 'en-US': string }>, bilingual: ReturnType<typeof useBilingual>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label: bilingual(label) }));

export function OfferCourseModal({ bodyId, orgId, onClose }: { bodyId: string; orgId: string; onClose: () => void }) {
  const t = useT(COURSES_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TCourseInput>();
  const zod = useZodForm<TCourseInput>(ZCourseInput);
  const offer = useOfferCourse(bodyId, orgId);
  const submit = (values: TCourseInput) =>
    offer.mutate(values, {
      onSuccess: () => {
        void message.success(t('courses.offer'));
        onClose();
      },
      onError: (error) => reportError(error, { form }),
    });
  return (
    <Modal open title={t('courses.offer')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={offer.isPending}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ credits: 2, hours: 32, seats: 30, mode: 'blended', grading: 'score' }}
      >
        <Form.Item {...zod.field('name')} label={t('course.name')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item {...zod.field('term')} label={t('course.term')} extra="2026-2027-1">
          <Input maxLength={11} />
        </Form.Item>
        <Form.Item {...zod.field('credits')} label={t('course.credits')}>
          <InputNumber min={0.5} max={20} step={0.5} />
        </Form.Item>
        <Form.Item {...zod.field('hours')} label={t('course.hours')}>
          <InputNumber min={1} max={1000} precision={0} />
        </Form.Item>
        <Form.Item {...zod.field('seats')} label={t('course.seats')}>
          <InputNumber min={1} max={500} precision={0} />
        </Form.Item>
        <Form.Item {...zod.field('mode')} label={t('course.mode')}>
          <Select options={options(COURSE_MODES, bilingual)} />
        </Form.Item>
        <Form.Item {...zod.field('grading')} label={t('course.grading')}>
          <Select options={options(GRADING_SCHEMES, bilingual)} />
        </Form.Item>
        <Form.Item {...zod.field('hostTeacher')} label={t('course.hostTeacher')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item {...zod.field('prerequisites')} label={t('course.prerequisites')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
