/** The secretariat schedules an activity of 附件3: kind, title, dates, place, deadline and places. */
import { ACTIVITY_KIND_NAMES, ACTIVITY_KINDS, type TActivityInput, ZActivityInput } from '@chanjiao/contracts/governance/activities';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { ACTIVITIES_MESSAGES } from '../activities-messages';
import { useCreateActivity } from '../hooks/activities-api';

interface Props {
  bodyId: string;
  members: { id: string; name: string }[];
  onClose: () => void;
}

export function ActivitiesFormModal({ bodyId, members, onClose }: Props) {
  const t = useT(ACTIVITIES_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TActivityInput>();
  const zod = useZodForm(ZActivityInput);
  const create = useCreateActivity(bodyId);

  const submit = (values: TActivityInput) =>
    create.mutate(
      { ...values, capacityPerUnit: values.capacityPerUnit ?? undefined, capacityTotal: values.capacityTotal ?? undefined },
      {
        onSuccess: () => {
          void message.success(t('created'));
          onClose();
        },
        onError: (error) => reportError(error, { form }),
      },
    );

  return (
    <Modal open width={680} title={t('create')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'training' }}>
        <Form.Item {...zod.field('kind')} label={t('form.kind')}>
          <Select options={ACTIVITY_KIND_NAMES.map((kind) => ({ value: kind, label: bilingual(ACTIVITY_KINDS[kind]) }))} />
        </Form.Item>
        <Form.Item {...zod.field('title')} label={t('form.title')}>
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item {...zod.field('summary')} label={t('form.summary')}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item {...zod.field('organiserOrgId')} label={t('form.organiser')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={members.map((org) => ({ value: org.id, label: org.name }))}
          />
        </Form.Item>
        <Form.Item {...zod.field('startOn')} label={t('form.startOn')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item {...zod.field('endOn')} label={t('form.endOn')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item {...zod.field('registrationDeadline')} label={t('form.deadline')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item {...zod.field('place')} label={t('form.place')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item {...zod.field('capacityPerUnit')} label={t('form.perUnit')}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
        <Form.Item {...zod.field('capacityTotal')} label={t('form.total')}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
