/** A body's finances (章程第五章): the ledger of a year, its budget, and the annual financial report. */
import { categoryLabel, ENTRY_KINDS } from '@chanjiao/contracts/governance/finance';
import { Button, Card, Empty, Input, InputNumber, Popconfirm, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { BodyPicker } from '../components/BodyPicker';
import { FinanceBudget } from '../components/FinanceBudget';
import { FinanceEntryModal } from '../components/FinanceEntryModal';
import { yuan } from '../finance-format';
import { FINANCE_MESSAGES } from '../finance-messages';
import { GOVERNANCE_PAGE_MESSAGES } from '../governance-page-messages';
import { downloadReport, useBudget, useFinanceActions, useLedger } from '../hooks/finance-api';
import { useBodyChoice } from '../hooks/use-body-choice';

function Ledger({ bodyId, year, manage }: { bodyId: string; year: number; manage: boolean }) {
  const t = useT(FINANCE_MESSAGES);
  const common = useT(GOVERNANCE_PAGE_MESSAGES);
  const bilingual = useBilingual();
  const reportError = useReportError();
  const ledger = useLedger(bodyId, year);
  const actions = useFinanceActions(bodyId, year);
  const [reason, setReason] = useState('');
  if (ledger.isError) return <QueryError error={ledger.error} onRetry={ledger.refetch} />;
  const data = ledger.data;
  return (
    <>
      {data && (
        <Typography.Paragraph>
          {t('balances', {
            opening: yuan(data.openingFen),
            income: yuan(data.incomeFen),
            expense: yuan(data.expenseFen),
            closing: yuan(data.closingFen),
          })}
        </Typography.Paragraph>
      )}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={ledger.isPending}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('entry.empty') }}
        rowClassName={(entry) => (entry.voided ? 'ant-table-row-disabled' : '')}
        columns={[
          { key: 'date', title: t('entry.occurredOn'), dataIndex: 'occurredOn', width: 110 },
          {
            key: 'kind',
            title: t('entry.kind'),
            width: 70,
            render: (_, entry) => <Tag color={entry.kind === 'income' ? 'green' : 'orange'}>{bilingual(ENTRY_KINDS[entry.kind])}</Tag>,
          },
          { key: 'category', title: t('entry.category'), render: (_, entry) => bilingual(categoryLabel(entry.category)) },
          {
            key: 'description',
            title: t('entry.description'),
            render: (_, entry) => (
              <Space direction="vertical" size={0}>
                <span style={entry.voided ? { textDecoration: 'line-through' } : undefined}>
                  {entry.description} {entry.isGenerated && <Tag>{t('generated')}</Tag>}
                </span>
                {entry.voided && <Typography.Text type="danger">{t('entry.voided', { reason: entry.voidReason ?? '' })}</Typography.Text>}
              </Space>
            ),
          },
          { key: 'counterparty', title: t('entry.counterparty'), dataIndex: 'counterparty' },
          { key: 'amount', title: t('entry.amount'), align: 'right', width: 130, dataIndex: 'amount' },
          ...(manage
            ? [
                {
                  key: 'actions',
                  title: common('common.actions'),
                  width: 90,
                  render: (_: unknown, entry: { id: string; voided: boolean }) =>
                    !entry.voided && (
                      <Popconfirm
                        title={
                          <Input placeholder={t('entry.voidReason')} value={reason} onChange={(event) => setReason(event.target.value)} />
                        }
                        onConfirm={() =>
                          actions.void.mutate(
                            { id: entry.id, reason },
                            { onSuccess: () => setReason(''), onError: (error) => reportError(error) },
                          )
                        }
                      >
                        <Button size="small" danger>
                          {t('entry.void')}
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}

function Finance({ bodyId }: { bodyId: string }) {
  const t = useT(FINANCE_MESSAGES);
  const can = useCan();
  const reportError = useReportError();
  const [year, setYear] = useState(new Date().getFullYear());
  const [adding, setAdding] = useState(false);
  const budget = useBudget(bodyId, year);
  const manage = can('governance.finance.manage');
  return (
    <Card>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>{t('year')}</span>
        <InputNumber min={2000} max={2200} value={year} onChange={(value) => value && setYear(value)} />
        {manage && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('entry.add')}
          </Button>
        )}
        <Button onClick={() => downloadReport(bodyId, year, 'docx').catch(reportError)}>{t('report.docx')}</Button>
        <Button onClick={() => downloadReport(bodyId, year, 'xlsx').catch(reportError)}>{t('report.xlsx')}</Button>
      </Space>
      <Tabs
        items={[
          { key: 'ledger', label: t('tab.ledger'), children: <Ledger bodyId={bodyId} year={year} manage={manage} /> },
          {
            key: 'budget',
            label: t('tab.budget'),
            children: budget.isError ? (
              <QueryError error={budget.error} onRetry={budget.refetch} />
            ) : budget.data ? (
              <FinanceBudget bodyId={bodyId} year={year} budget={budget.data} manage={manage} />
            ) : null,
          },
        ]}
      />
      {adding && <FinanceEntryModal bodyId={bodyId} year={year} onClose={() => setAdding(false)} />}
    </Card>
  );
}

export default function FinancePage() {
  const t = useT(FINANCE_MESSAGES);
  const common = useT(GOVERNANCE_PAGE_MESSAGES);
  const { bodyId } = useBodyChoice();
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={<BodyPicker />} />
      {bodyId ? <Finance bodyId={bodyId} /> : <Empty description={common('body.none')} />}
    </>
  );
}
