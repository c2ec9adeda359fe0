/** How many activities each member unit took part in during a year, for its member profile. */
import { InputNumber, Space, Table } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n';
import { ACTIVITIES_MESSAGES } from '../activities-messages';
import { useParticipation } from '../hooks/activities-api';

const thisYear = () => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

export function ActivitiesParticipation({ bodyId }: { bodyId: string }) {
  const t = useT(ACTIVITIES_MESSAGES);
  const [year, setYear] = useState(thisYear);
  const participation = useParticipation(bodyId, year);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        {t('participation.year')}
        <InputNumber min={2000} max={2100} precision={0} value={year} onChange={(value) => value && setYear(value)} />
      </Space>
      {participation.isError && <QueryError error={participation.error} onRetry={participation.refetch} />}
      <Table
        rowKey={(row) => row.org.id}
        size="small"
        pagination={false}
        loading={participation.isPending}
        dataSource={participation.data?.items ?? []}
        columns={[
          { key: 'org', title: t('participation.unit'), render: (_, row) => row.org.name },
          { key: 'activities', title: t('participation.activities'), dataIndex: 'activities', width: 120 },
          { key: 'registered', title: t('participation.registered'), dataIndex: 'registered', width: 120 },
          { key: 'attended', title: t('participation.attended'), dataIndex: 'attended', width: 120 },
          { key: 'awards', title: t('participation.awards'), dataIndex: 'awards', width: 100 },
        ]}
      />
    </Space>
  );
}
