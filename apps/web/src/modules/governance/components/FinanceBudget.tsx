/** The year's budget (第二十四条): lines the secretariat drafts, the meeting's decision, and execution against the ledger. */
import { MinusCircleOutlined } from '@ant-design/icons';
import {
  BUDGET_PHASES,
  categoryLabel,
  type EntryKind,
  EXPENSE_PURPOSES,
  INCOME_SOURCES,
  type LedgerCategory,
  type TBudget,
  type TBudgetInput,
  ZBudgetInput,
} from '@chanjiao/contracts/governance/finance';
import { Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { FINANCE_MESSAGES } from '../finance-messages';
import { useFinanceActions } from '../hooks/finance-api';
import { yuan } from '../finance-format';

interface LineValues {
  lines: TBudgetInput['lines'];
}

const CATEGORY_OPTIONS = (bilingual: (text: { 'zh-CN': string; 'en-US': string }) => string) =>
  [...Object.entries(INCOME_SOURCES), ...Object.entries(EXPENSE_PURPOSES)].map(([value, label]) => ({ value, label: bilingual(label) }));

export function FinanceBudget({ bodyId, year, budget, manage }: { bodyId: string; year: number; budget: TBudget; manage: boolean }) {
  const t = useT(FINANCE_MESSAGES);
  const bilingual = useBilingual();
  const reportError = useReportError();
  const actions = useFinanceActions(bodyId, year);
  const [form] = Form.useForm<LineValues>();
  const editable = manage && (budget.phase === 'none' || budget.phase === 'draft' || budget.phase === 'rejected');
  useEffect(() => {
    // A stored line's category is one the server accepted, so it is one of the ledger's categories.
    const lines = budget.lines.map((line) => ({
      kind: line.kind,
      category: line.category as LedgerCategory,
      amount: line.amount.replace(/,/g, ''),
      note: line.note ?? undefined,
    }));
    form.setFieldsValue({ lines });
  }, [budget, form]);
  const kindOf = (category: string): EntryKind => (category in INCOME_SOURCES ? 'income' : 'expense');
  const toPayload = (values: LineValues): TBudgetInput => ({
    lines: (values.lines ?? []).map((line) => ({ ...line, kind: kindOf(line.category) })),
    version: budget.version ?? undefined,
  });
  const zod = useZodForm<LineValues>(ZBudgetInput, { toPayload });
  const save = (values: LineValues) => actions.saveBudget.mutate(toPayload(values), { onError: (error) => reportError(error, { form }) });

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Tag color={budget.phase === 'approved' ? 'green' : budget.phase === 'rejected' ? 'red' : 'blue'}>
          {t('budget.phase', { phase: bilingual(BUDGET_PHASES[budget.phase]) })}
        </Tag>
        {budget.approval && <span>{t('budget.approval', { meeting: budget.approval.meetingTitle, heldOn: budget.approval.heldOn })}</span>}
        {budget.approval && budget.approval.resolutionNo !== null && (
          <Tag color="green">{t('budget.resolution', { no: budget.approval.resolutionNo })}</Tag>
        )}
        {manage && budget.phase === 'draft' && (
          <Button
            type="primary"
            loading={actions.submitBudget.isPending}
            onClick={() => actions.submitBudget.mutate(undefined, { onError: (error) => reportError(error) })}
          >
            {t('budget.submit')}
          </Button>
        )}
      </Space>
      <Card size="small" title={t('budget.lines')}>
        <Form form={form} onFinish={save} disabled={!editable}>
          <Form.List name="lines">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" wrap>
                    <Form.Item name={[field.name, 'category']} rules={zod.rules(['lines', field.name, 'category'])}>
                      <Select style={{ width: 380 }} options={CATEGORY_OPTIONS(bilingual)} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'amount']} rules={zod.rules(['lines', field.name, 'amount'])}>
                      <Input style={{ width: 160 }} inputMode="decimal" addonAfter="元" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'note']} rules={zod.rules(['lines', field.name, 'note'])}>
                      <Input style={{ width: 240 }} placeholder={t('budget.note')} maxLength={200} />
                    </Form.Item>
                    {editable && <MinusCircleOutlined onClick={() => remove(field.name)} />}
                  </Space>
                ))}
                {editable && (
                  <Space>
                    <Button onClick={() => add({ kind: 'expense' })}>{t('budget.addLine')}</Button>
                    <Button type="primary" htmlType="submit" loading={actions.saveBudget.isPending}>
                      {t('budget.save')}
                    </Button>
                  </Space>
                )}
              </>
            )}
          </Form.List>
        </Form>
      </Card>
      <Typography.Title level={5}>{t('budget.execution')}</Typography.Title>
      <Table
        rowKey={(row) => `${row.kind}:${row.category}`}
        size="small"
        pagination={false}
        dataSource={budget.execution}
        columns={[
          { key: 'category', title: t('entry.category'), render: (_, row) => bilingual(categoryLabel(row.category)) },
          { key: 'budget', title: t('column.budget'), align: 'right', render: (_, row) => yuan(row.budgetFen) },
          { key: 'actual', title: t('column.actual'), align: 'right', render: (_, row) => yuan(row.actualFen) },
          { key: 'variance', title: t('column.variance'), align: 'right', render: (_, row) => yuan(row.varianceFen) },
          {
            key: 'rate',
            title: t('column.rate'),
            align: 'right',
            render: (_, row) => (
              <>
                {row.rate ?? '—'} {row.overspent && <Tag color="red">{t('overspent')}</Tag>}
              </>
            ),
          },
        ]}
      />
    </Space>
  );
}
