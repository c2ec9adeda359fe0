/** Drafts a report: the kind, the year and, for a quarterly report, the quarter; the server says if the period has not begun. */
import { TALENT_REPORT_KINDS, type TalentReportKind, type TTalentReportInput, ZTalentReportInput } from '@chanjiao/contracts/talent/index';
import { Form, InputNumber, Modal, Segmented, Select } from 'antd';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useTalentReportActions } from '../hooks/reports-api';
import { REPORT_MESSAGES } from '../report-messages';

interface Props {
  bodyId: string;
  onCreated: (id: string) => void;
  onClose: () => void;
}

/** The quarter the browser's calendar is in: what a secretariat most often reports on. */
function thisQuarter() {
  const today = new Date();
  return { year: today.getFullYear(), quarter: Math.floor(today.getMonth() / 3) + 1 };
}

export function ReportCreateModal({ bodyId, onCreated, onClose }: Props) {
  const t = useT(REPORT_MESSAGES);
  const bilingual = useBilingual();
  const reportError = useReportError();
  const [form] = Form.useForm<TTalentReportInput>();
  const kind = Form.useWatch('kind', form) ?? 'quarterly';
  const zod = useZodForm<TTalentReportInput>(ZTalentReportInput);
  const actions = useTalentReportActions(bodyId);
  const submit = (values: TTalentReportInput) => {
    const input = values.kind === 'yearly' ? { kind: values.kind, year: values.year } : values;
    actions.create.mutate(input, {
      onSuccess: (created) => (onCreated(created.id), onClose()),
      onError: (error) => reportError(error, { form }),
    });
  };
  return (
    <Modal open title={t('create')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={actions.create.isPending}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'quarterly', ...thisQuarter() }}>
        <Form.Item {...zod.field('kind')} label={t('create.kind')}>
          <Segmented<TalentReportKind>
            options={Object.entries(TALENT_REPORT_KINDS).map(([value, label]) => ({
              value: value as TalentReportKind,
              label: bilingual(label),
            }))}
          />
        </Form.Item>
        <Form.Item {...zod.field('year')} label={t('create.year')}>
          <InputNumber min={2020} max={2100} precision={0} style={{ width: 140 }} />
        </Form.Item>
        {kind === 'quarterly' && (
          <Form.Item {...zod.field('quarter')} label={t('create.quarter')}>
            <Select
              aria-label={t('create.quarter')}
              style={{ width: 140 }}
              options={[1, 2, 3, 4].map((quarter) => ({ value: quarter, label: t('quarter.option', { quarter }) }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
