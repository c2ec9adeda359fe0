/** The secretariat's gap table: demand, supply and gap per year by major, class, category or city, and a chart. */
import { GAP_GROUPS, GAP_SIGNS, type GapGroup, type TGapRow } from '@chanjiao/contracts/talent/index';
import { Alert, Card, Empty, Flex, Segmented, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { RequirePermission } from '../../../app/auth';
import { useBilingual, useT } from '../../../app/i18n';
import { useRegions } from '../../../shared/hooks/use-regions';
import { GapChart } from '../components/GapChart';
import { GapValue } from '../components/GapValue';
import { TalentBodyPicker } from '../components/TalentBodyPicker';
import { useGaps } from '../hooks/talent-api';
import { useTalentBody } from '../hooks/use-talent-body';
import { StartYearField } from '../components/StartYearField';
import { TALENT_MESSAGES } from '../talent-messages';
import { defaultStartYear } from '../talent-years';

const CHART_ROWS = 12;
const SIGN_COLORS = { shortage: 'red', surplus: 'green', balanced: 'default' } as const;

function Gaps({ bodyId }: { bodyId: string }) {
  const t = useT(TALENT_MESSAGES);
  const bilingual = useBilingual();
  const regions = useRegions();
  const [groupBy, setGroupBy] = useState<GapGroup>('major');
  const [startYear, setStartYear] = useState(defaultStartYear());
  const [cityCode, setCityCode] = useState<string | undefined>();
  const gaps = useGaps(bodyId, { groupBy, startYear, cityCode });
  const cities = useMemo(
    () => (regions.data?.options ?? []).flatMap((province) => province.children ?? []).filter((city) => city.value.endsWith('00')),
    [regions.data],
  );
  const years = gaps.data?.years ?? [];
  const labels = useMemo(() => ({ demand: t('gaps.col.demand'), supply: t('gaps.col.supply'), gap: t('gaps.col.gap') }), [t]);
  const chartRows = useMemo(
    () => [...(gaps.data?.rows ?? [])].sort((a, b) => Math.abs(b.totalGap) - Math.abs(a.totalGap)).slice(0, CHART_ROWS),
    [gaps.data],
  );

  const columns: ColumnsType<TGapRow> = [
    {
      key: 'name',
      title: t('gaps.col.name'),
      fixed: 'left',
      width: 180,
      render: (_, row) => (
        <>
          {row.name}
          <div style={{ color: '#888' }}>
            {[groupBy !== 'city' && groupBy !== 'industry' && row.key, row.level].filter(Boolean).join(' · ')}
          </div>
        </>
      ),
    },
    ...years.map((year, i) => ({
      key: String(year),
      title: t('year', { year }),
      children: [
        {
          key: `d${i}`,
          title: t('gaps.col.demand'),
          width: 70,
          align: 'right' as const,
          render: (_: unknown, row: TGapRow) => row.demand[i],
        },
        {
          key: `s${i}`,
          title: t('gaps.col.supply'),
          width: 70,
          align: 'right' as const,
          render: (_: unknown, row: TGapRow) => row.supply[i],
        },
        {
          key: `g${i}`,
          title: t('gaps.col.gap'),
          width: 70,
          align: 'right' as const,
          render: (_: unknown, row: TGapRow) => <GapValue value={row.gap[i]!} />,
        },
      ],
    })),
    {
      key: 'total',
      title: t('gaps.col.total'),
      width: 150,
      render: (_, row) => (
        <Flex gap={6} align="center">
          <GapValue value={row.totalGap} />
          <Tag color={SIGN_COLORS[row.sign]}>{bilingual(GAP_SIGNS[row.sign])}</Tag>
        </Flex>
      ),
      sorter: (a, b) => a.totalGap - b.totalGap,
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <Segmented<GapGroup>
            value={groupBy}
            onChange={setGroupBy}
            options={Object.entries(GAP_GROUPS).map(([value, label]) => ({ value: value as GapGroup, label: bilingual(label) }))}
          />
          <StartYearField label={t('gaps.startYear')} value={startYear} onChange={setStartYear} />
          <Select
            aria-label={t('gaps.city')}
            allowClear
            placeholder={t('gaps.city.all')}
            style={{ width: 180 }}
            value={cityCode}
            onChange={setCityCode}
            showSearch={{ optionFilterProp: 'label' }}
            options={cities.map((city) => ({ value: city.value, label: city.label }))}
          />
        </Flex>
      </Card>
      {gaps.isError && <QueryError error={gaps.error} onRetry={gaps.refetch} />}
      {gaps.data && <Alert type="info" showIcon message={bilingual(gaps.data.rule)} />}
      {gaps.data && gaps.data.rows.length === 0 ? (
        <Empty description={t('gaps.empty')} />
      ) : (
        <>
          <Card size="small" title={t('gaps.chart', { count: chartRows.length })}>
            <GapChart rows={chartRows} labels={labels} />
          </Card>
          <Card size="small">
            <Table
              rowKey="key"
              size="small"
              bordered
              loading={gaps.isPending}
              dataSource={gaps.data?.rows ?? []}
              columns={columns}
              scroll={{ x: 180 + years.length * 210 + 150 }}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              summary={() =>
                gaps.data && (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      <Typography.Text strong>{t('gaps.total')}</Typography.Text>
                    </Table.Summary.Cell>
                    {years.flatMap((_, i) => [
                      <Table.Summary.Cell key={`d${i}`} index={1 + i * 3} align="right">
                        {gaps.data.totals.demand[i]}
                      </Table.Summary.Cell>,
                      <Table.Summary.Cell key={`s${i}`} index={2 + i * 3} align="right">
                        {gaps.data.totals.supply[i]}
                      </Table.Summary.Cell>,
                      <Table.Summary.Cell key={`g${i}`} index={3 + i * 3} align="right">
                        <GapValue value={gaps.data.totals.gap[i]!} />
                      </Table.Summary.Cell>,
                    ])}
                    <Table.Summary.Cell index={1 + years.length * 3}>
                      <GapValue value={gaps.data.totals.gap.reduce((a, b) => a + b, 0)} />
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                )
              }
            />
          </Card>
        </>
      )}
    </Flex>
  );
}

export default function GapsPage() {
  const t = useT(TALENT_MESSAGES);
  const { bodyId, loading } = useTalentBody();
  return (
    <RequirePermission permission="talent.analysis.manage">
      <PageHeader title={t('gaps.title')} subtitle={t('gaps.subtitle')} actions={<TalentBodyPicker />} />
      {bodyId ? <Gaps bodyId={bodyId} /> : !loading && <Empty description={t('body.none')} />}
    </RequirePermission>
  );
}
