/** The report's five tables as the document prints them: by industry, by major class, gaps, shortage catalogue, trend. */
import type { TReportDemandRow, TReportGapRow, TReportTrendPoint, TTalentReportFigures } from '@chanjiao/contracts/talent/index';
import { Card, Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../app/i18n';
import { REPORT_MESSAGES } from '../report-messages';

function Gap({ value }: { value: number | null }) {
  if (value === null) return <>—</>;
  return <span style={{ color: value > 0 ? '#cf1322' : value < 0 ? '#389e0d' : undefined }}>{value > 0 ? `+${value}` : value}</span>;
}

function DemandTable({ rows, years, withLevel }: { rows: TReportDemandRow[]; years: number[]; withLevel: boolean }) {
  const t = useT(REPORT_MESSAGES);
  const columns: ColumnsType<TReportDemandRow> = [
    { key: 'name', title: t('col.name'), dataIndex: 'name', fixed: 'left', width: 150 },
    ...(withLevel ? [{ key: 'level', title: t('col.level'), dataIndex: 'level', width: 90 }] : []),
    ...years.map((year, i) => ({
      key: String(year),
      title: `${year}`,
      align: 'right' as const,
      width: 70,
      render: (_: unknown, row: TReportDemandRow) => row.demand[i],
    })),
    { key: 'total', title: t('col.total'), dataIndex: 'total', align: 'right', width: 70 },
    { key: 'enterprises', title: t('col.enterprises'), dataIndex: 'enterprises', align: 'right', width: 80 },
  ];
  return <Table rowKey="key" size="small" bordered pagination={false} dataSource={rows} columns={columns} scroll={{ x: 'max-content' }} />;
}

export function ReportTables({ figures, titles }: { figures: TTalentReportFigures; titles: boolean }) {
  const t = useT(REPORT_MESSAGES);
  const gapColumns: ColumnsType<TReportGapRow> = [
    { key: 'code', title: t('col.code'), dataIndex: 'code', width: 90 },
    { key: 'name', title: t('col.major'), dataIndex: 'name', width: 160 },
    { key: 'level', title: t('col.level'), dataIndex: 'level', width: 90 },
    { key: 'demand', title: t('col.demand'), dataIndex: 'demand', align: 'right', width: 70 },
    { key: 'supply', title: t('col.supply'), dataIndex: 'supply', align: 'right', width: 70 },
    { key: 'gap', title: t('col.gap'), align: 'right', width: 70, render: (_, row) => <Gap value={row.gap} /> },
  ];
  const trendColumns: ColumnsType<TReportTrendPoint> = [
    { key: 'quarter', title: t('col.quarter'), render: (_, p) => t('quarter.option', { quarter: p.quarter }), width: 90 },
    { key: 'demand', title: t('col.demand'), align: 'right', render: (_, p) => p.demand ?? '—', width: 70 },
    { key: 'supply', title: t('col.supply'), align: 'right', render: (_, p) => p.supply ?? '—', width: 70 },
    { key: 'gap', title: t('col.gap'), align: 'right', render: (_, p) => <Gap value={p.gap} />, width: 70 },
    {
      key: 'source',
      title: t('col.source'),
      width: 140,
      render: (_, p) =>
        p.source === 'report' ? t('source.report', { number: p.numberLabel }) : t(p.source === 'this' ? 'source.this' : 'source.none'),
    },
  ];
  const omitted = figures.gapsOmitted;
  const head = (key: 'table.industry' | 'table.classes' | 'table.gaps' | 'table.shortage' | 'table.trend', n: number) =>
    titles ? `表${n} ${t(key)}` : t(key);
  return (
    <>
      <Card size="small" title={head('table.industry', 1)}>
        {figures.byIndustry.length > 0 ? <DemandTable rows={figures.byIndustry} years={figures.years} withLevel={false} /> : <Empty />}
      </Card>
      <Card size="small" title={head('table.classes', 2)}>
        {figures.byClass.length > 0 ? <DemandTable rows={figures.byClass} years={figures.years} withLevel /> : <Empty />}
      </Card>
      <Card size="small" title={head('table.gaps', 3)}>
        <Table
          rowKey="code"
          size="small"
          bordered
          pagination={false}
          dataSource={figures.gaps}
          columns={gapColumns}
          scroll={{ x: 'max-content' }}
          summary={() => (
            <>
              {omitted && (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={3}>
                    {t('omitted', { count: omitted.majors })}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    {omitted.demand}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">
                    {omitted.supply}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={5} align="right">
                    <Gap value={omitted.gap} />
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              )}
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>
                  <Typography.Text strong>{t('col.total')}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  {figures.totals.demand}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {figures.totals.supply}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  <Gap value={figures.totals.gap} />
                </Table.Summary.Cell>
              </Table.Summary.Row>
            </>
          )}
        />
      </Card>
      <Card size="small" title={head('table.shortage', 4)}>
        {figures.shortage ? (
          <>
            <Table
              rowKey="code"
              size="small"
              bordered
              pagination={false}
              dataSource={figures.shortage.entries}
              columns={[
                ...gapColumns,
                { key: 'enterprises', title: t('col.enterprises'), dataIndex: 'enterprises', align: 'right' as const, width: 80 },
              ]}
              scroll={{ x: 'max-content' }}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('shortage.basis', { title: figures.shortage.title, date: figures.shortage.publishedOn })} {figures.shortage.rule}
            </Typography.Paragraph>
          </>
        ) : (
          <Empty description={t('shortage.none')} />
        )}
      </Card>
      <Card size="small" title={head('table.trend', 5)}>
        <Table
          rowKey="quarter"
          size="small"
          bordered
          pagination={false}
          dataSource={figures.trend}
          columns={trendColumns}
          scroll={{ x: 'max-content' }}
        />
      </Card>
    </>
  );
}
