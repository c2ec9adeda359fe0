/**
 * The year's exchange figures per member (docs/sources.md §9 R5: totals per member and year feed the quality report's 教师队伍 and
 * 社会服务 figures): the secretariat sees every member, a unit its own.
 */
import type { TExchangeTotalsRow } from '@chanjiao/contracts/resources/index';
import { Card, Empty, InputNumber, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n';
import { ResourcesBodyPicker } from '../components/ResourcesBodyPicker';
import { EXCHANGE_MESSAGES } from '../exchange-messages';
import { useExchangeTotals } from '../hooks/exchange-api';
import { useResourcesBody } from '../hooks/use-resources-body';
import { RESOURCES_MESSAGES } from '../resources-messages';

const FIGURES = [
  ['teacherDaysSent', 'totals.daysSent'],
  ['teacherHoursSent', 'totals.hoursSent'],
  ['teacherDaysReceived', 'totals.daysReceived'],
  ['teacherHoursReceived', 'totals.hoursReceived'],
  ['experienceActivities', 'totals.activities'],
  ['experienceParticipants', 'totals.participants'],
] as const;

function Totals({ bodyId }: { bodyId: string }) {
  const t = useT(EXCHANGE_MESSAGES);
  const [year, setYear] = useState(new Date().getFullYear());
  const totals = useExchangeTotals(bodyId, year);
  const rows = totals.data?.rows ?? [];
  return (
    <Card
      size="small"
      title={
        <Space>
          {t('totals.year')}
          <InputNumber aria-label={t('totals.year')} min={2020} max={2100} precision={0} value={year} onChange={(v) => v && setYear(v)} />
        </Space>
      }
    >
      {totals.isError && <QueryError error={totals.error} onRetry={totals.refetch} />}
      <Table<TExchangeTotalsRow>
        rowKey={(row) => row.org.id}
        size="small"
        loading={totals.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 860 }}
        locale={{ emptyText: t('totals.empty') }}
        columns={[
          { key: 'org', title: t('totals.org'), width: 160, fixed: 'left', render: (_, row) => row.org.name },
          ...FIGURES.map(([key, label]) => ({ key, title: t(label), width: 100, align: 'right' as const, dataIndex: key })),
        ]}
        summary={() =>
          rows.length > 1 && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t('totals.sum')}</Typography.Text>
              </Table.Summary.Cell>
              {FIGURES.map(([key], i) => (
                <Table.Summary.Cell key={key} index={i + 1} align="right">
                  {rows.reduce((sum, row) => sum + row[key], 0)}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )
        }
      />
    </Card>
  );
}

export default function ExchangeTotalsPage() {
  const t = useT(EXCHANGE_MESSAGES);
  const tr = useT(RESOURCES_MESSAGES);
  const { bodyId, waiting } = useResourcesBody();
  return (
    <>
      <PageHeader title={t('totals.title')} subtitle={t('totals.subtitle')} actions={<ResourcesBodyPicker />} />
      {bodyId ? <Totals bodyId={bodyId} /> : !waiting && <Empty description={tr('body.none')} />}
    </>
  );
}
