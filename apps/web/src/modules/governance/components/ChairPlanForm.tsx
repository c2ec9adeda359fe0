/** The secretariat's plan: first year, its designated chair unit, and how many years to schedule. */
import { type TChairSchedule, ZChairPlanInput } from '@chanjiao/contracts/governance/chair';
import { App, Button, Form, InputNumber, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { CHAIR_MESSAGES } from '../chair-messages';
import { usePlanChair } from '../hooks/chair-api';

interface PlanValues {
  firstYear: number;
  years: number;
  firstOrgId: string;
}

export function ChairPlanForm({ bodyId, schedule }: { bodyId: string; schedule: TChairSchedule }) {
  const t = useT(CHAIR_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<PlanValues>();
  const zod = useZodForm(ZChairPlanInput);
  const plan = usePlanChair(bodyId);

  useEffect(() => {
    form.setFieldsValue(
      schedule.plan
        ? { firstYear: schedule.plan.firstYear, years: schedule.plan.years, firstOrgId: schedule.plan.firstOrg.id }
        : { firstYear: new Date().getFullYear(), years: 10 },
    );
  }, [form, schedule.plan]);

  const submit = (values: PlanValues) =>
    plan.mutate(
      { ...values, version: schedule.plan?.version },
      {
        onSuccess: () => void message.success(t('plan.generated', { from: values.firstYear, to: values.firstYear + values.years - 1 })),
        onError: (error) => reportError(error, { form }),
      },
    );

  return (
    <Form form={form} layout="inline" onFinish={submit} style={{ rowGap: 12 }}>
      <Form.Item {...zod.field('firstYear')} label={t('plan.firstYear')}>
        <InputNumber min={2000} max={2200} />
      </Form.Item>
      <Form.Item {...zod.field('years')} label={t('plan.years')}>
        <InputNumber min={1} max={100} />
      </Form.Item>
      <Form.Item {...zod.field('firstOrgId')} label={t('plan.firstOrg')}>
        <Select
          style={{ minWidth: 260 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={schedule.candidates.map((school) => ({ value: school.id, label: `${school.name}（${school.city}）` }))}
        />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={plan.isPending}>
          {schedule.plan ? t('plan.regenerate') : t('plan.generate')}
        </Button>
      </Space>
    </Form>
  );
}
