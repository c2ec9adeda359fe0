/**
 * On a unit's profile (/orgs/:id): how many people it registered for and sent to each kind of activity of the
 * bodies it belongs or belonged to, the activities it took part in and the awards it won (附件3 三).
 */
import { ACTIVITY_KIND_NAMES, ACTIVITY_KINDS, type TOrgParticipation } from '@chanjiao/contracts/governance/activities';
import { Card, Table, type TableProps, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError';
import { useBilingual, useT } from '../../../app/i18n';
import { ACTIVITIES_MESSAGES } from '../activities-messages';
import { useOrgParticipation } from '../hooks/activities-api';

type Row = TOrgParticipation['items'][number];

const total = (row: Row, count: 'activities' | 'awards') => row.kinds.reduce((sum, kind) => sum + kind[count], 0);

function useColumns(): NonNullable<TableProps<Row>['columns']> {
  const t = useT(ACTIVITIES_MESSAGES);
  const bilingual = useBilingual();
  const perKind = ACTIVITY_KIND_NAMES.map((kind) => {
    const of = (row: Row) => row.kinds.find((counts) => counts.kind === kind);
    return {
      key: kind,
      title: bilingual(ACTIVITY_KINDS[kind]),
      children: [
        {
          key: `${kind}.registered`,
          title: t('profile.registered'),
          width: 64,
          align: 'right' as const,
          render: (_: unknown, row: Row) => of(row)?.registered ?? 0,
        },
        {
          key: `${kind}.attended`,
          title: t('profile.attended'),
          width: 64,
          align: 'right' as const,
          render: (_: unknown, row: Row) => of(row)?.attended ?? 0,
        },
      ],
    };
  });
  return [
    {
      key: 'body',
      title: t('profile.body'),
      fixed: 'left',
      render: (_, row) => <Link to={`/bodies/${row.body.id}`}>{row.body.name}</Link>,
    },
    ...perKind,
    { key: 'activities', title: t('participation.activities'), width: 100, align: 'right', render: (_, row) => total(row, 'activities') },
    { key: 'awards', title: t('participation.awards'), width: 80, align: 'right', render: (_, row) => total(row, 'awards') },
  ];
}

export function OrgActivityParticipationCard({ orgId }: { orgId: string }) {
  const t = useT(ACTIVITIES_MESSAGES);
  const participation = useOrgParticipation(orgId);
  const columns = useColumns();
  return (
    <Card
      title={t('profile.title')}
      extra={<Typography.Text type="secondary">{t('profile.note')}</Typography.Text>}
      style={{ marginTop: 16 }}
    >
      {participation.isError ? (
        <QueryError error={participation.error} onRetry={participation.refetch} />
      ) : (
        <Table<Row>
          rowKey={(row) => row.body.id}
          columns={columns}
          dataSource={participation.data?.items}
          loading={participation.isPending}
          pagination={false}
          size="small"
          bordered
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('profile.empty') }}
        />
      )}
    </Card>
  );
}
