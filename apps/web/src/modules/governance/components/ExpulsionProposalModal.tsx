/**
 * The secretariat proposes to expel a member unit on one of the grounds of 章程第二十一条 with the facts; the
 * proposal joins the automatic ones in the queue (the unit is notified and may be heard; the meeting decides).
 */
import { EXPULSION_GROUNDS, ZExpulsionInput } from '@chanjiao/contracts/governance/membership';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useMemberUnits } from '../../bodies';
import { useMembershipActions } from '../hooks/joint-meeting-api';
import { JOINT_MEETING_MESSAGES } from '../joint-meeting-messages';

const GROUNDS = [1, 2, 3, 4] as const;
const ITEM_NUMERALS = '一二三四';

interface Values {
  orgId: string;
  ground: (typeof GROUNDS)[number];
  facts: string;
}

export function ExpulsionProposalModal({ bodyId, onClose }: { bodyId: string; onClose: () => void }) {
  const t = useT(JOINT_MEETING_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const zod = useZodForm<Values>(ZExpulsionInput);
  const units = useMemberUnits(bodyId);
  const { propose } = useMembershipActions(bodyId);
  const submit = (values: Values) =>
    propose.mutate(values, {
      onSuccess: () => {
        void message.success(t('expulsion.proposed'));
        onClose();
      },
      onError: (error) => reportError(error, { form }),
    });
  return (
    <Modal open width={640} title={t('expulsion.propose')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={propose.isPending}>
      <Alert type="info" showIcon message={t('expulsion.notice')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item {...zod.field('orgId')} label={t('expulsion.unit')}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={units.isPending}
            options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
          />
        </Form.Item>
        <Form.Item {...zod.field('ground')} label={t('expulsion.ground')}>
          <Select
            options={GROUNDS.map((ground) => ({
              value: ground,
              label: `（${ITEM_NUMERALS[ground - 1]}）${bilingual(EXPULSION_GROUNDS[ground])}`,
            }))}
            optionRender={(option) => <span style={{ whiteSpace: 'normal' }}>{option.label}</span>}
          />
        </Form.Item>
        <Form.Item {...zod.field('facts')} label={t('expulsion.facts')} extra={t('expulsion.factsHint')}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
