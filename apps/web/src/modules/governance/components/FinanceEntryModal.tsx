/** Records one income (第二十二条 source) or expense (第二十三条 purpose) in 元 with at most two decimals. */
import {
  ENTRY_KINDS,
  EXPENSE_PURPOSES,
  INCOME_SOURCES,
  type TFinanceEntryInput,
  ZFinanceEntryInput,
} from '@chanjiao/contracts/governance/finance';
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { FINANCE_MESSAGES } from '../finance-messages';
import { useFinanceActions } from '../hooks/finance-api';

export function FinanceEntryModal({ bodyId, year, onClose }: { bodyId: string; year: number; onClose: () => void }) {
  const t = useT(FINANCE_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<TFinanceEntryInput>();
  const zod = useZodForm(ZFinanceEntryInput);
  const kind = Form.useWatch('kind', form) ?? 'income';
  const { record } = useFinanceActions(bodyId, year);
  const categories = kind === 'income' ? INCOME_SOURCES : EXPENSE_PURPOSES;
  const submit = (values: TFinanceEntryInput) =>
    record.mutate(values, {
      onSuccess: () => {
        void message.success(t('entry.saved'));
        onClose();
      },
      onError: (error) => reportError(error, { form }),
    });
  return (
    <Modal open width={600} title={t('entry.add')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={record.isPending}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'income' }}>
        <Form.Item {...zod.field('kind')} label={t('entry.kind')}>
          <Radio.Group
            optionType="button"
            onChange={() => form.setFieldValue('category', undefined)}
            options={Object.entries(ENTRY_KINDS).map(([value, label]) => ({ value, label: bilingual(label) }))}
          />
        </Form.Item>
        <Form.Item {...zod.field('category')} label={t('entry.category')}>
          <Select options={Object.entries(categories).map(([value, label]) => ({ value, label: bilingual(label) }))} />
        </Form.Item>
        <Form.Item {...zod.field('occurredOn')} label={t('entry.occurredOn')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item {...zod.field('amount')} label={t('entry.amount')}>
          <Input inputMode="decimal" placeholder="3650.50" />
        </Form.Item>
        <Form.Item {...zod.field('description')} label={t('entry.description')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item {...zod.field('counterparty')} label={t('entry.counterparty')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item {...zod.field('voucherNo')} label={t('entry.voucherNo')}>
          <Input maxLength={40} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
