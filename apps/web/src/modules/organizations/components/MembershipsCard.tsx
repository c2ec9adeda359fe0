/** The bodies an organisation belongs or belonged to (GET /api/organizations/:id/memberships). */
import { BODY_KINDS, MEMBER_ROLES, type TOrgMembership } from '@chanjiao/contracts/bodies';
import { Card, Table, type TableProps, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError';
import { formatDate } from '../../../app/format';
import { useBilingual, useT } from '../../../app/i18n';
import { useOrgMemberships } from '../hooks/use-organizations';
import { ORG_MESSAGES } from '../messages';

export function MembershipsCard({ orgId }: { orgId: string }) {
  const t = useT(ORG_MESSAGES);
  const bilingual = useBilingual();
  const memberships = useOrgMemberships(orgId);

  const columns: TableProps<TOrgMembership>['columns'] = [
    {
      key: 'body',
      title: t('memberships.body'),
      render: (_, membership) => <Link to={`/bodies/${membership.bodyId}`}>{membership.bodyName}</Link>,
    },
    { key: 'kind', title: t('memberships.kind'), render: (_, membership) => bilingual(BODY_KINDS[membership.kind]) },
    { key: 'role', title: t('memberships.role'), render: (_, membership) => bilingual(MEMBER_ROLES[membership.memberRole]) },
    { key: 'joinedOn', title: t('memberships.joinedOn'), width: 120, render: (_, membership) => formatDate(membership.joinedOn) },
    { key: 'leftOn', title: t('memberships.leftOn'), width: 120, render: (_, membership) => formatDate(membership.leftOn) },
    {
      key: 'status',
      title: t('memberships.status'),
      width: 100,
      render: (_, membership) =>
        membership.leftOn ? <Tag>{t('memberships.former')}</Tag> : <Tag color="green">{t('memberships.active')}</Tag>,
    },
  ];

  return (
    <Card title={t('memberships.title')}>
      {memberships.isError ? (
        <QueryError error={memberships.error} onRetry={memberships.refetch} />
      ) : (
        <Table<TOrgMembership>
          rowKey={(membership) => `${membership.bodyId}:${membership.joinedOn}`}
          columns={columns}
          dataSource={memberships.data}
          loading={memberships.isPending}
          pagination={false}
          size="small"
          scroll={{ x: 700 }}
          locale={{ emptyText: t('memberships.empty') }}
        />
      )}
    </Card>
  );
}
