/** A new report cycle: year, notice, levels with their reporting units, stage deadlines and the outline. */
import {
  DEFAULT_REPORT_OUTLINE,
  REPORT_INDICATOR_SET_VERSION,
  REPORT_LEVEL_NAMES,
  REPORT_LEVELS,
  REPORT_STAGE_NAMES,
  REPORT_STAGES,
  type ReportLevel,
  ZCycleInput,
} from '@chanjiao/contracts/reports/index';
import type { OrgType } from '@chanjiao/contracts/organizations';
import { App, Checkbox, Col, Form, Input, InputNumber, Modal, Row, Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../../app/api';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { DateInput } from '../../../shared/components/DateInput';
import { type CycleFormValues, cycleFieldName, cyclePayload } from '../cycle-payload';
import { useCycleActions } from '../hooks/reports-api';
import { REPORT_MESSAGES } from '../reports-messages';

const LEVEL_ORG_TYPE: Record<ReportLevel, OrgType> = {
  school_secondary: 'secondary_vocational',
  school_higher: 'higher_vocational',
  district: 'education_authority',
  enterprise: 'enterprise',
};

function UnitPicker({
  level,
  value,
  onChange,
  id,
}: {
  level: ReportLevel;
  value?: string[];
  onChange?: (ids: string[]) => void;
  id?: string;
}) {
  const t = useT(REPORT_MESSAGES);
  const orgs = useQuery({
    queryKey: ['reports', 'unit-options', level],
    queryFn: () =>
      unwrap(
        client.GET('/api/organizations', { params: { query: { type: LEVEL_ORG_TYPE[level], pageSize: 200, page: 1, sort: 'name' } } }),
      ),
  });
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      loading={orgs.isPending}
      placeholder={t('form.units.placeholder')}
      optionFilterProp="label"
      options={(orgs.data?.items ?? []).map((org) => ({ value: org.id, label: org.name }))}
    />
  );
}

export function CycleFormModal({
  authorities,
  onClose,
  onCreated,
}: {
  authorities: { id: string; name: string }[];
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const t = useT(REPORT_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<CycleFormValues>();
  const zod = useZodForm<CycleFormValues>(ZCycleInput, { toPayload: cyclePayload, nameOf: cycleFieldName });
  const actions = useCycleActions();
  const levels = (Form.useWatch('levels', form) ?? []) as ReportLevel[];

  const submit = (values: CycleFormValues) =>
    actions.create.mutate(cyclePayload(values), {
      onSuccess: (created) => {
        void message.success(t('form.created'));
        onCreated(created.id);
      },
      onError: (error) => reportError(error, { form, nameOf: cycleFieldName }),
    });

  return (
    <Modal open width={760} title={t('form.title')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={actions.create.isPending}>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          authorityOrgId: authorities[0]?.id,
          levels: ['school_secondary'],
          units: {},
          outlineText: DEFAULT_REPORT_OUTLINE.join('\n'),
        }}
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('authorityOrgId')} label={t('form.authority')}>
              <Select options={authorities.map((a) => ({ value: a.id, label: a.name }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item {...zod.field('reportYear')} label={t('form.year')}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item {...zod.field('title')} label={t('form.name')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item {...zod.field('noticeNumber')} label={t('form.notice')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item {...zod.field('levels')} label={t('form.levels')}>
          <Checkbox.Group options={REPORT_LEVEL_NAMES.map((level) => ({ value: level, label: bilingual(REPORT_LEVELS[level]) }))} />
        </Form.Item>
        {REPORT_LEVEL_NAMES.filter((level) => levels.includes(level)).map((level) => (
          <Form.Item key={level} name={['units', level]} label={t('form.units', { level: bilingual(REPORT_LEVELS[level]) })}>
            <UnitPicker level={level} />
          </Form.Item>
        ))}
        <Typography.Text strong>{t('form.deadlines')}</Typography.Text>
        <Row gutter={12} style={{ marginTop: 8 }}>
          {REPORT_STAGE_NAMES.map((stage) => (
            <Col xs={24} sm={12} key={stage}>
              <Form.Item {...zod.field(['deadlines', stage])} label={bilingual(REPORT_STAGES[stage])}>
                <DateInput />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Form.Item name="outlineText" label={t('form.outline')} rules={zod.rules(['outline'])}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} />
        </Form.Item>
        <Typography.Text type="secondary">{t('form.indicators', { version: REPORT_INDICATOR_SET_VERSION })}</Typography.Text>
      </Form>
    </Modal>
  );
}
