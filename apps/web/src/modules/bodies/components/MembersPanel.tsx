/**
 * The 成员单位 tab: the units that are members now, and the history of those that left, each with the dates
 * and reasons recorded when they joined and left, each paged by the server (a body may have hundreds of members).
 * Adding and recording a departure need body.member.manage.
 */
import { PlusOutlined } from '@ant-design/icons';
import { MEMBER_ROLES, type TBody, type TBodyMember } from '@chanjiao/contracts/bodies';
import { ORG_TYPES } from '@chanjiao/contracts/organizations';
import { Button, Card, Flex, Table, type TableProps, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { QueryError } from '../../../app/components/QueryError';
import { SearchBox } from '../../../app/components/SearchBox';
import { formatDate } from '../../../app/format';
import { useBilingual, useT } from '../../../app/i18n';
import { type MemberListFilter, useBodyMembers } from '../hooks/use-bodies';
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

const PAGE_SIZES = { current: 50, former: 20 } as const;

/** One status's page of members, asked from the server; a new search starts again from page 1. */
function useMemberPage(bodyId: string, status: MemberListFilter['status'], q: string | undefined) {
  const [paging, setPaging] = useState({ page: 1, q });
  const page = paging.q === q ? paging.page : 1;
  const query = useBodyMembers(bodyId, { status, page, pageSize: PAGE_SIZES[status], q });
  const pagination: TableProps<TBodyMember>['pagination'] = {
    current: page,
    pageSize: PAGE_SIZES[status],
    total: query.data?.total ?? 0,
    onChange: (next) => setPaging({ page: next, q }),
    hideOnSinglePage: true,
    showSizeChanger: false,
  };
  return { query, pagination };
}

export function MembersPanel({ body }: { body: TBody }) {
  const t = useT(BODY_MESSAGES);
  const [q, setQ] = useState<string | undefined>();
  const current = useMemberPage(body.id, 'current', q);
  const former = useMemberPage(body.id, 'former', q);
  const [adding, setAdding] = useState(false);
  const [leaving, setLeaving] = useState<TBodyMember | null>(null);
  const baseColumns = useMemberColumns();
  const canManage = !!body.abilities?.manageMembers;

  const failed = current.query.isError ? current.query : former.query.isError ? former.query : null;
  if (failed) return <QueryError error={failed.error} onRetry={failed.refetch} />;

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
      <SearchBox label={t('members.search')} value={q} onSearch={setQ} width={360} />
      <Card
        title={t('members.current', { count: current.query.data?.total ?? 0 })}
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
          dataSource={current.query.data?.items}
          loading={current.query.isFetching}
          size="small"
          scroll={{ x: 1100 }}
          pagination={current.pagination}
          locale={{ emptyText: t('members.empty') }}
        />
      </Card>
      <Card title={t('members.former', { count: former.query.data?.total ?? 0 })}>
        <Table<TBodyMember>
          rowKey="id"
          columns={formerColumns}
          dataSource={former.query.data?.items}
          loading={former.query.isFetching}
          size="small"
          scroll={{ x: 1100 }}
          pagination={former.pagination}
          locale={{ emptyText: t('members.formerEmpty') }}
        />
      </Card>
      {adding && <AddMemberModal bodyId={body.id} onClose={() => setAdding(false)} />}
      {leaving && <RemoveMemberModal bodyId={body.id} member={leaving} onClose={() => setLeaving(null)} />}
    </Flex>
  );
}
