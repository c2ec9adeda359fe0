/** Records the joint meeting's decision on one year: which unit, when it was decided, and why. */
import { type TChairSchedule, ZChairOverrideInput } from '@chanjiao/contracts/governance/chair';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { CHAIR_MESSAGES } from '../chair-messages';
import { useOverrideChair } from '../hooks/chair-api';

interface OverrideValues {
  year: number;
  orgId: string;
  reason: string;
  decidedOn: string;
}

export function ChairOverrideModal(props: { bodyId: string; schedule: TChairSchedule; open: boolean; onClose: () => void }) {
  const { bodyId, schedule, open, onClose } = props;
  const t = useT(CHAIR_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<OverrideValues>();
  const zod = useZodForm(ZChairOverrideInput);
  const override = useOverrideChair(bodyId);
  const first = schedule.plan?.firstYear ?? new Date().getFullYear();
  const last = first + (schedule.plan?.years ?? 1) - 1;

  const submit = (values: OverrideValues) =>
    override.mutate(values, {
      onSuccess: () => {
        void message.success(t('override.saved'));
        form.resetFields();
        onClose();
      },
      onError: (error) => reportError(error, { form }),
    });

  return (
    <Modal
      open={open}
      title={t('override.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={override.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ year: Math.min(first + 1, last) }}>
        <Form.Item {...zod.field('year')} label={t('override.year')}>
          <InputNumber min={first} max={last} />
        </Form.Item>
        <Form.Item {...zod.field('orgId')} label={t('override.org')}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={schedule.candidates.map((school) => ({ value: school.id, label: `${school.name}（${school.city}）` }))}
          />
        </Form.Item>
        <Form.Item {...zod.field('decidedOn')} label={t('override.decidedOn')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item {...zod.field('reason')} label={t('override.reason')}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
