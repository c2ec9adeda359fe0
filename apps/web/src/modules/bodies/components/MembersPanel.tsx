/**
 * The 成员单位 tab: the units that are members now, and the history of those that left, each with the dates
 * and reasons recorded when they joined and left. Adding and recording a departure need body.member.manage.
 */
import { PlusOutlined } from '@ant-design/icons';
import { MEMBER_ROLES, type TBody, type TBodyMember } from '@chanjiao/contracts/bodies';
import { ORG_TYPES } from '@chanjiao/contracts/organizations';
import { Button, Card, Flex, Table, type TableProps, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError';
import { formatDate } from '../../../app/format';
import { useBilingual, useT } from '../../../app/i18n';
import { useBodyMembers } from '../hooks/useBodies';
import { splitRoster } from '../membership';
import { BODY_MESSAGES } from '../messages';
import { AddMemberModal } from './AddMemberModal';
import { RemoveMemberModal } from './RemoveMemberModal';

function Reason({ text }: { text: string | null }) {
  return (
    <Typography.Paragraph ellipsis={{ rows: 2, tooltip: text }} style={{ marginBottom: 0 }}>
      {text}
    </Typography.Paragraph>
  );
}

function useMemberColumns(): NonNullable<TableProps<TBodyMember>['columns']> {
  const t = useT(BODY_MESSAGES);
  const bilingual = useBilingual();
  return [
    {
      key: 'org',
      title: t('members.org'),
      render: (_, member) => (
        <>
          <Link to={`/orgs/${member.org.id}`}>{member.org.name}</Link>
          {/* The role column already says 发起单位 for the founding role; the mark is for founders in another role. */}
          {member.isFounding && member.memberRole !== 'founding' && (
            <Tag color="gold" style={{ marginInlineStart: 8 }}>
              {t('members.founding')}
            </Tag>
          )}
        </>
      ),
    },
    { key: 'orgType', title: t('members.orgType'), width: 130, render: (_, member) => bilingual(ORG_TYPES[member.org.type]) },
    { key: 'role', title: t('members.role'), width: 130, render: (_, member) => bilingual(MEMBER_ROLES[member.memberRole]) },
    { key: 'joinedOn', title: t('members.joinedOn'), width: 115, render: (_, member) => formatDate(member.joinedOn) },
    { key: 'joinReason', title: t('members.joinReason'), width: 220, render: (_, member) => <Reason text={member.joinReason} /> },
  ];
}

export function MembersPanel({ body }: { body: TBody }) {
  const t = useT(BODY_MESSAGES);
  const members = useBodyMembers(body.id);
  const roster = useMemo(() => splitRoster(members.data ?? []), [members.data]);
  const currentOrgIds = useMemo(() => new Set(roster.current.map((member) => member.org.id)), [roster]);
  const [adding, setAdding] = useState(false);
  const [leaving, setLeaving] = useState<TBodyMember | null>(null);
  const baseColumns = useMemberColumns();
  const canManage = !!body.abilities?.manageMembers;

  if (members.isError) return <QueryError error={members.error} onRetry={members.refetch} />;

  const currentColumns: TableProps<TBodyMember>['columns'] = [
    ...baseColumns,
    {
      key: 'region',
      title: t('members.region'),
      width: 120,
      render: (_, member) => member.org.regionName,
    },
    {
      key: 'liaisons',
      title: t('members.liaisons'),
      width: 100,
      align: 'right',
      render: (_, member) =>
        member.liaisonCount > 0 ? (
          member.liaisonCount
        ) : (
          <Tooltip title={t('members.noLiaison.hint')}>
            <Tag color="warning">{t('members.noLiaison')}</Tag>
          </Tooltip>
        ),
    },
    ...(canManage
      ? [
          {
            key: 'actions',
            title: t('members.actions'),
            width: 110,
            render: (_: unknown, member: TBodyMember) => (
              <Button type="link" danger size="small" onClick={() => setLeaving(member)}>
                {t('members.remove')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const formerColumns: TableProps<TBodyMember>['columns'] = [
    ...baseColumns,
    { key: 'leftOn', title: t('members.leftOn'), width: 115, render: (_, member) => formatDate(member.leftOn) },
    { key: 'leaveReason', title: t('members.leaveReason'), width: 220, render: (_, member) => <Reason text={member.leaveReason} /> },
  ];

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('members.current', { count: roster.current.length })}
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('members.add')}
            </Button>
          )
        }
      >
        <Table<TBodyMember>
          rowKey="id"
          columns={currentColumns}
          dataSource={roster.current}
          loading={members.isFetching}
          size="small"
          scroll={{ x: 1100 }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('members.empty') }}
        />
      </Card>
      <Card title={t('members.former', { count: roster.former.length })}>
        <Table<TBodyMember>
          rowKey="id"
          columns={formerColumns}
          dataSource={roster.former}
          loading={members.isFetching}
          size="small"
          scroll={{ x: 1100 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('members.formerEmpty') }}
        />
      </Card>
      {adding && <AddMemberModal bodyId={body.id} currentOrgIds={currentOrgIds} onClose={() => setAdding(false)} />}
      {leaving && <RemoveMemberModal bodyId={body.id} member={leaving} onClose={() => setLeaving(null)} />}
    </Flex>
  );
}
