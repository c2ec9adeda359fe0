/** The computed rates with their formulas, and the figures the report's text states beside them (flagged when they differ). */
import type { TComputedRate } from '@chanjiao/contracts/reports/index';
import { Card, Form, InputNumber, Table, Tag, Typography } from 'antd';
import { useBilingual, useT } from '../../../app/i18n';
import { REPORT_MESSAGES } from '../reports-messages';

export function RatesCard({ rates, editable }: { rates: TComputedRate[]; editable: boolean }) {
  const t = useT(REPORT_MESSAGES);
  const bilingual = useBilingual();
  return (
    <Card size="small" title={t('report.rates')} style={{ marginBottom: 12 }}>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rates}
        scroll={{ x: 760 }}
        columns={[
          { key: 'rate', title: t('report.rates.col.rate'), width: 200, render: (_, r) => bilingual(r.label) },
          {
            key: 'value',
            title: t('report.rates.col.value'),
            width: 110,
            render: (_, r) => <Typography.Text strong>{r.display ?? '—'}</Typography.Text>,
          },
          {
            key: 'formula',
            title: t('report.rates.col.formula'),
            render: (_, r) => <Typography.Text type="secondary">{bilingual(r.formula)}</Typography.Text>,
          },
          {
            key: 'stated',
            title: t('report.rates.col.stated'),
            width: 230,
            render: (_, r) => (
              <>
                <Form.Item name={['data', 'statedRates', r.key]} style={{ marginBottom: 4 }}>
                  <InputNumber
                    aria-label={`${t('report.rates.col.stated')}：${bilingual(r.label)}`}
                    disabled={!editable}
                    min={0}
                    style={{ width: 110 }}
                  />
                </Form.Item>
                {r.differs && <Tag color="red">{t('report.rates.differs')}</Tag>}
                {r.note && <div style={{ color: r.differs ? '#cf1322' : '#888', fontSize: 12 }}>{bilingual(r.note)}</div>}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
