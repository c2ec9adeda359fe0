/** Assigning an expert to a report: the pool's experts, those who must not evaluate it shown with the reason and disabled. */
import { type TComplianceOverview, type TComplianceReportRow, ZComplianceAssignInput } from '@chanjiao/contracts/reports/index';
import { Alert, Form, Modal, Select } from 'antd';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { COMPLIANCE_MESSAGES } from '../compliance-messages';

interface Props {
  report: TComplianceReportRow;
  experts: TComplianceOverview['experts'];
  pending: boolean;
  onAssign: (expertId: string, onError: (error: unknown) => void) => void;
  onClose: () => void;
}

export function AssignExpertModal({ report, experts, pending, onAssign, onClose }: Props) {
  const t = useT(COMPLIANCE_MESSAGES);
  const bilingual = useBilingual();
  const reportError = useReportError();
  const [form] = Form.useForm<{ expertId: string }>();
  const zod = useZodForm<{ expertId: string }>(ZComplianceAssignInput, { toPayload: (values) => ({ ...values, reportId: report.id }) });
  const assigned = new Set(report.evaluations.map((e) => e.expert.id));
  const options = experts.map((expert) => {
    const conflict = report.conflicts.find((c) => c.expertId === expert.id);
    const note = conflict
      ? t('assign.conflicted', { reason: bilingual(conflict.reason) })
      : assigned.has(expert.id)
        ? t('assign.assigned')
        : t(expert.shared ? 'assign.shared' : 'assign.own');
    return {
      value: expert.id,
      disabled: !!conflict || assigned.has(expert.id),
      label: `${expert.name}（${note}）`,
    };
  });
  return (
    <Modal open title={t('assign.title', { org: report.org.name })} onCancel={onClose} onOk={() => form.submit()} confirmLoading={pending}>
      {experts.length === 0 && <Alert type="info" showIcon message={t('assign.noExperts')} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={(values) => onAssign(values.expertId, (error) => reportError(error, { form }))}>
        <Form.Item {...zod.field('expertId')} label={t('assign.expert')}>
          <Select showSearch optionFilterProp="label" placeholder={t('assign.placeholder')} options={options} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
