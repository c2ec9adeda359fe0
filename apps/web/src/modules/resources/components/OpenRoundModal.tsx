/** The secretariat opens the year's survey: year, title, the last day answers are taken, the sections asked. */
import { SURVEY_SECTIONS, type TRoundInput, ZRoundInput } from '@chanjiao/contracts/resources/index';
import { App, Checkbox, Form, Input, InputNumber, Modal } from 'antd';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { DateInput } from '../../../shared/components/DateInput';
import { useRoundActions } from '../hooks/resources-api';
import { RESOURCES_MESSAGES } from '../resources-messages';

export function OpenRoundModal({ bodyId, year, onClose }: { bodyId: string; year: number; onClose: () => void }) {
  const t = useT(RESOURCES_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TRoundInput>();
  const zod = useZodForm<TRoundInput>(ZRoundInput);
  const actions = useRoundActions(bodyId);
  const submit = (values: TRoundInput) =>
    actions.open.mutate(values, {
      onSuccess: () => {
        void message.success(t('survey.open'));
        onClose();
      },
      onError: (error) => reportError(error, { form }),
    });
  return (
    <Modal open title={t('survey.open.title')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={actions.open.isPending}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ year, title: '“八市一区”职业教育资源调研', deadline: `${year}-06-30`, sections: Object.keys(SURVEY_SECTIONS) }}
      >
        <Form.Item {...zod.field('year')} label={t('round.year')}>
          <InputNumber min={2020} max={2100} precision={0} />
        </Form.Item>
        <Form.Item {...zod.field('title')} label={t('round.title')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item {...zod.field('deadline')} label={t('round.deadline')}>
          <DateInput />
        </Form.Item>
        <Form.Item {...zod.field('sections')} label={t('round.sections')}>
          <Checkbox.Group options={Object.entries(SURVEY_SECTIONS).map(([value, label]) => ({ value, label: bilingual(label) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
