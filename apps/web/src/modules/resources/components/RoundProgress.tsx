/** Each member's state in a round for the secretariat: status, completeness, what is missing; who has not submitted. */
import { RESPONSE_STATUSES, type ResponseStatus, SURVEY_SECTIONS, type TProgressRow } from '@chanjiao/contracts/resources/index';
import { Card, Progress, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError';
import { formatDateTime } from '../../../app/format';
import { useBilingual, useLocale, useT } from '../../../app/i18n';
import { useRoundProgress } from '../hooks/resources-api';
import { RESOURCES_MESSAGES } from '../resources-messages';

export const STATUS_COLOURS: Record<ResponseStatus, string> = {
  not_started: 'default',
  draft: 'processing',
  submitted: 'blue',
  accepted: 'green',
  reopened: 'orange',
};

export function RoundProgress({ bodyId, roundId }: { bodyId: string; roundId: string }) {
  const t = useT(RESOURCES_MESSAGES);
  const bilingual = useBilingual();
  const locale = useLocale();
  const progress = useRoundProgress(bodyId, roundId);
  const [onlyMissing, setOnlyMissing] = useState(false);
  const rows = (progress.data?.rows ?? []).filter((row) => !onlyMissing || (row.status !== 'submitted' && row.status !== 'accepted'));
  const link = (row: TProgressRow) => `/resources/survey/${roundId}/${row.org.id}?body=${bodyId}`;
  return (
    <Card
      title={progress.data ? t('progress.title', { title: `${progress.data.round.year} ${progress.data.round.title}` }) : undefined}
      extra={
        <label>
          <Switch size="small" checked={onlyMissing} onChange={setOnlyMissing} /> {t('progress.onlyMissing')}
        </label>
      }
    >
      {progress.isError && <QueryError error={progress.error} onRetry={progress.refetch} />}
      <Table
        rowKey={(row) => row.org.id}
        size="small"
        loading={progress.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 860 }}
        locale={{ emptyText: onlyMissing ? t('progress.allSubmitted') : undefined }}
        columns={[
          { key: 'org', title: t('progress.col.org'), render: (_, row) => <Link to={link(row)}>{row.org.name}</Link> },
          { key: 'city', title: t('progress.col.city'), width: 100, render: (_, row) => row.cityName },
          {
            key: 'status',
            title: t('progress.col.status'),
            width: 110,
            render: (_, row) => <Tag color={STATUS_COLOURS[row.status]}>{bilingual(RESPONSE_STATUSES[row.status])}</Tag>,
          },
          {
            key: 'completeness',
            title: t('progress.col.completeness'),
            width: 140,
            render: (_, row) => <Progress percent={row.completeness.percent} size="small" />,
          },
          {
            key: 'missing',
            title: t('progress.col.missing'),
            render: (_, row) => (
              <Typography.Text type="secondary">
                {row.completeness.missing.map((section) => bilingual(SURVEY_SECTIONS[section])).join('、')}
                {row.reopenReason && <div>{t('response.reopened', { reason: row.reopenReason })}</div>}
              </Typography.Text>
            ),
          },
          {
            key: 'submittedAt',
            title: t('progress.col.submittedAt'),
            width: 150,
            render: (_, row) => formatDateTime(row.submittedAt, locale),
          },
        ]}
      />
    </Card>
  );
}
