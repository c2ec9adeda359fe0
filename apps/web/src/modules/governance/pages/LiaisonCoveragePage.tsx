/**
 * Which members have named a liaison (章程第十一条): the roster with each unit's liaisons and positions, the
 * ones still missing first. Contacts stay on the body page, where revealing them is audited.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Space, Switch, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { client, unwrap } from '../../../app/api';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n';
import { BodyPicker } from '../components/BodyPicker';
import { GOVERNANCE_PAGE_MESSAGES } from '../governance-page-messages';
import { useMemberUnits } from '../../bodies';
import { useBodyChoice } from '../hooks/use-body-choice';
import { LIAISON_COVERAGE_MESSAGES } from '../liaisons-messages';

interface CoverageRow {
  orgId: string;
  orgName: string;
  liaisons: { name: string; title: string | null }[];
}

function Coverage({ bodyId }: { bodyId: string }) {
  const t = useT(LIAISON_COVERAGE_MESSAGES);
  const [onlyMissing, setOnlyMissing] = useState(false);
  const members = useMemberUnits(bodyId);
  const liaisons = useQuery({
    queryKey: ['governance', 'liaisons', bodyId],
    queryFn: () => unwrap(client.GET('/api/bodies/{id}/liaisons', { params: { path: { id: bodyId } } })),
  });
  const rows = useMemo<CoverageRow[]>(() => {
    const byOrg = new Map<string, CoverageRow['liaisons']>();
    for (const liaison of liaisons.data?.liaisons ?? []) {
      byOrg.set(liaison.orgId, [...(byOrg.get(liaison.orgId) ?? []), { name: liaison.name, title: liaison.title }]);
    }
    return (members.data ?? [])
      .map((unit) => ({ orgId: unit.id, orgName: unit.name, liaisons: byOrg.get(unit.id) ?? [] }))
      .sort((a, b) => Number(a.liaisons.length > 0) - Number(b.liaisons.length > 0));
  }, [liaisons.data, members.data]);
  const missing = rows.filter((row) => row.liaisons.length === 0).length;
  const error = members.error ?? liaisons.error;

  return (
    <Card>
      {error && <QueryError error={error} onRetry={() => void Promise.all([members.refetch(), liaisons.refetch()])} />}
      <Space style={{ marginBottom: 12 }} wrap>
        <Alert
          type={missing > 0 ? 'warning' : 'success'}
          showIcon
          title={missing > 0 ? t('summary', { total: rows.length, missing }) : t('allNamed')}
        />
        <Switch checked={onlyMissing} onChange={setOnlyMissing} /> {t('onlyMissing')}
        <Link to={`/bodies/${bodyId}?tab=liaisons`}>{t('manage')}</Link>
      </Space>
      <Table
        rowKey="orgId"
        size="small"
        pagination={false}
        loading={members.isPending || liaisons.isPending}
        dataSource={onlyMissing ? rows.filter((row) => row.liaisons.length === 0) : rows}
        columns={[
          { key: 'member', title: t('column.member'), dataIndex: 'orgName' },
          { key: 'count', title: t('column.count'), width: 110, render: (_, row) => row.liaisons.length },
          {
            key: 'liaisons',
            title: t('column.liaisons'),
            render: (_, row) =>
              row.liaisons.length === 0 ? (
                <Tag color="red">{t('missing')}</Tag>
              ) : (
                row.liaisons.map((liaison) => `${liaison.name}${liaison.title ? `（${liaison.title}）` : ''}`).join('、')
              ),
          },
        ]}
      />
    </Card>
  );
}

export default function LiaisonCoveragePage() {
  const t = useT(LIAISON_COVERAGE_MESSAGES);
  const common = useT(GOVERNANCE_PAGE_MESSAGES);
  const { bodyId } = useBodyChoice();
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={<BodyPicker />} />
      {bodyId ? <Coverage bodyId={bodyId} /> : <Empty description={common('body.none')} />}
    </>
  );
}
