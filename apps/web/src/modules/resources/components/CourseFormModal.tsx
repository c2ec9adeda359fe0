/**
 * The host offers a course to the other members (name, credits, hours, term, seats, mode, grading, teacher), or changes
 * one it offers while it is open: once a result is recorded, the credits, hours, term and grading stand.
 */
import { COURSE_MODES, GRADING_SCHEMES, type TCourse, type TCourseInput, ZCourseInput } from '@chanjiao/contracts/resources/index';
import { Alert, App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { COURSES_MESSAGES } from '../courses-messages';
import { useChangeCourse, useOfferCourse } from '../hooks/courses-api';

const options = (labels: Record<string, { 'zh-CN': string; 'en-US': string }>, bilingual: ReturnType<typeof useBilingual>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label: bilingual(label) }));

interface Props {
  bodyId: string;
  /** The offering unit, for a new course. */
  orgId: string;
  /** The course to change; a new one when absent. */
  course?: TCourse;
  onClose: () => void;
}

export function CourseFormModal({ bodyId, orgId, course, onClose }: Props) {
  const t = useT(COURSES_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TCourseInput>();
  const zod = useZodForm<TCourseInput>(ZCourseInput);
  const offer = useOfferCourse(bodyId, orgId);
  const change = useChangeCourse(bodyId, course?.id ?? '');
  // Recognition decisions and learning records rest on these once a student has a result.
  const settled = (course?.resultsRecorded ?? 0) > 0;
  const after = {
    onSuccess: () => {
      void message.success(course ? t('course.changed') : t('courses.offer'));
      onClose();
    },
    onError: (error: unknown) => reportError(error, { form }),
  };
  const submit = (values: TCourseInput) =>
    course ? change.mutate({ ...values, version: course.version }, after) : offer.mutate(values, after);
  return (
    <Modal
      open
      title={course ? t('course.change') : t('courses.offer')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={offer.isPending || change.isPending}
    >
      {course && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={settled ? t('course.change.settled') : t('course.change.seats', { accepted: course.accepted })}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          course
            ? {
                name: course.name,
                term: course.term,
                credits: course.credits,
                hours: course.hours,
                seats: course.seats,
                mode: course.mode,
                grading: course.grading,
                hostTeacher: course.hostTeacher,
                prerequisites: course.prerequisites ?? undefined,
              }
            : { credits: 2, hours: 32, seats: 30, mode: 'blended', grading: 'score' }
        }
      >
        <Form.Item {...zod.field('name')} label={t('course.name')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item {...zod.field('term')} label={t('course.term')} extra="2026-2027-1">
          <Input maxLength={11} disabled={settled} />
        </Form.Item>
        <Form.Item {...zod.field('credits')} label={t('course.credits')}>
          <InputNumber min={0.5} max={20} step={0.5} disabled={settled} />
        </Form.Item>
        <Form.Item {...zod.field('hours')} label={t('course.hours')}>
          <InputNumber min={1} max={1000} precision={0} disabled={settled} />
        </Form.Item>
        <Form.Item {...zod.field('seats')} label={t('course.seats')}>
          <InputNumber min={Math.max(1, course?.accepted ?? 0)} max={500} precision={0} />
        </Form.Item>
        <Form.Item {...zod.field('mode')} label={t('course.mode')}>
          <Select options={options(COURSE_MODES, bilingual)} />
        </Form.Item>
        <Form.Item {...zod.field('grading')} label={t('course.grading')}>
          <Select options={options(GRADING_SCHEMES, bilingual)} disabled={settled} />
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
