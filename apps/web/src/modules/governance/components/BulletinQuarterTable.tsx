/** 附件3 四(一)2: which members sent the expected 1–2 简讯 in each quarter. */
import { QUOTA_STATUS_LABELS } from '@chanjiao/contracts/governance/bulletins';
import { Alert, InputNumber, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { BULLETIN_MESSAGES } from '../bulletins-messages';
import { useBulletinQuarters } from '../hooks/bulletins-api';

const STATUS_COLORS = { below: 'red', met: 'green', above: 'blue', open: 'orange', upcoming: 'default', not_member: 'default' } as const;

export function BulletinQuarterTable({ bodyId }: { bodyId: string }) {
  const t = useT(BULLETIN_MESSAGES);
  const bilingual = useBilingual();
  const [year, setYear] = useState(new Date().getFullYear());
  const table = useBulletinQuarters(bodyId, year);
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>{t('quarters.year')}</span>
        <InputNumber min={2000} max={2200} value={year} onChange={(value) => value && setYear(value)} />
        {table.data && (
          <Typography.Text type="secondary">
            {t('quarters.rule', { min: table.data.min, max: table.data.max })}
            {table.data.parameterSource === 'default' && t('quarters.default')}
          </Typography.Text>
        )}
      </Space>
      {table.isPending && <Skeleton active />}
      {table.isError && <QueryError error={table.error} onRetry={table.refetch} />}
      {table.data && (
        <Table
          rowKey={(row) => row.org.id}
          size="small"
          pagination={false}
          dataSource={table.data.rows}
          columns={[
            { key: 'org', title: t('quarters.member'), render: (_, row) => row.org.name },
            ...table.data.quarters.map((quarter, index) => ({
              key: quarter,
              title: quarter,
              width: 140,
              render: (_: unknown, row: (typeof table.data.rows)[number]) => {
                const cell = row.cells[index]!;
                return <Tag color={STATUS_COLORS[cell.status]}>{`${cell.count} · ${bilingual(QUOTA_STATUS_LABELS[cell.status])}`}</Tag>;
              },
            })),
          ]}
        />
      )}
      {table.data && table.data.rows.length === 0 && <Alert type="info" title={t('empty')} />}
    </>
  );
}
