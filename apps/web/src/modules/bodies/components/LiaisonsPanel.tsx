/**
 * The 联络员 tab: each member unit's liaisons with contact details masked (个人信息保护法). Users allowed to
 * see them may reveal one liaison's details at a time; the server records each reveal in the audit log, and
 * the revealed values live only in this tab's state, never in the query cache.
 */
import { EyeOutlined, PlusOutlined } from '@ant-design/icons';
import type { TBody, TLiaison } from '@chanjiao/contracts/bodies';
import { Alert, App, Button, Card, Flex, Popconfirm, Table, type TableProps, Tooltip, Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useSession } from '../../../app/auth';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { liaisonOrgChoices } from '../liaison-choices';
import type { Schemas } from '../../../app/api';
import { useBodyLiaisons, useMemberUnits, useRemoveLiaison, useRevealLiaison } from '../hooks/use-bodies';
import { BODY_MESSAGES } from '../messages';
import { type LiaisonEditing, LiaisonModal } from './LiaisonModal';

function Contact({ masked, full, revealed }: { masked: string | null; full: string | null | undefined; revealed: boolean }) {
  const t = useT(BODY_MESSAGES);
  if (revealed) return full ? <Typography.Text copyable>{full}</Typography.Text> : null;
  if (!masked) return null;
  return (
    <Tooltip title={t('liaisons.masked.hint')}>
      <Typography.Text type="secondary">{masked}</Typography.Text>
    </Tooltip>
  );
}

export function LiaisonsPanel({ body }: { body: TBody }) {
  const t = useT(BODY_MESSAGES);
  const reportError = useReportError();
  const { message } = App.useApp();
  const list = useBodyLiaisons(body.id);
  const units = useMemberUnits(body.id);
  const { roles } = useSession();
  // Only offered when the server says the user may name liaisons here at all.
  const canAdd = !!body.abilities?.manageLiaisons;
  const choices = useMemo(() => {
    const current = (units.data ?? []).map((unit) => ({ orgId: unit.id, orgName: unit.name }));
    return canAdd ? liaisonOrgChoices(current, roles, body.id) : [];
  }, [units.data, roles, body.id, canAdd]);
  const choosable = useMemo(() => new Set(choices.map((member) => member.orgId)), [choices]);
  const reveal = useRevealLiaison(body.id);
  const remove = useRemoveLiaison(body.id);
  const [contacts, setContacts] = useState<Record<string, Schemas['LiaisonContact']>>({});
  const [editing, setEditing] = useState<LiaisonEditing | null>(null);

  const forget = (liaisonId: string) => setContacts(({ [liaisonId]: _dropped, ...rest }) => rest);

  const showFull = (liaison: TLiaison) =>
    reveal.mutate(liaison.id, {
      onSuccess: (contact) => setContacts((known) => ({ ...known, [contact.id]: contact })),
      onError: (error) => reportError(error),
    });

  const removeLiaison = (liaison: TLiaison) =>
    remove.mutateAsync(liaison.id).then(
      () => {
        forget(liaison.id);
        void message.success(t('liaisons.removed', { name: liaison.name }));
      },
      (error: unknown) => reportError(error),
    );

  if (list.isError) return <QueryError error={list.error} onRetry={list.refetch} />;

  const actions = (liaison: TLiaison): ReactNode[] => {
    const allowed = liaison.abilities;
    const buttons: ReactNode[] = [];
    if (allowed?.reveal && !contacts[liaison.id] && (liaison.phone || liaison.email)) {
      buttons.push(
        <Tooltip key="reveal" title={t('liaisons.reveal.hint')}>
          <Button
            type="link"
            size="small"
            icon={<EyeOutlined />}
            loading={reveal.isPending && reveal.variables === liaison.id}
            onClick={() => showFull(liaison)}
          >
            {t('liaisons.reveal')}
          </Button>
        </Tooltip>,
      );
    }
    if (contacts[liaison.id]) {
      buttons.push(
        <Typography.Text key="revealed" type="secondary" style={{ alignSelf: 'center', marginInline: 8 }}>
          {t('liaisons.revealed')}
        </Typography.Text>,
      );
    }
    if (allowed?.update) {
      buttons.push(
        <Button key="edit" type="link" size="small" onClick={() => setEditing({ mode: 'edit', liaison })}>
          {t('liaisons.edit')}
        </Button>,
        <Popconfirm
          key="remove"
          title={t('liaisons.remove.confirm', { name: liaison.name })}
          description={t('liaisons.remove.text')}
          okButtonProps={{ danger: true }}
          onConfirm={() => removeLiaison(liaison)}
        >
          <Button type="link" size="small" danger>
            {t('liaisons.remove')}
          </Button>
        </Popconfirm>,
      );
    }
    return buttons;
  };

  const columns: TableProps<TLiaison>['columns'] = [
    { key: 'org', title: t('liaisons.org'), render: (_, liaison) => <Link to={`/orgs/${liaison.orgId}`}>{liaison.orgName}</Link> },
    { key: 'name', title: t('liaisons.name'), width: 110, dataIndex: 'name' },
    { key: 'title', title: t('liaisons.title.column'), width: 150, dataIndex: 'title' },
    {
      key: 'phone',
      title: t('liaisons.phone'),
      width: 150,
      render: (_, liaison) => <Contact masked={liaison.phone} full={contacts[liaison.id]?.phone} revealed={!!contacts[liaison.id]} />,
    },
    {
      key: 'email',
      title: t('liaisons.email'),
      width: 220,
      render: (_, liaison) => <Contact masked={liaison.email} full={contacts[liaison.id]?.email} revealed={!!contacts[liaison.id]} />,
    },
    { key: 'actions', title: t('liaisons.actions'), width: 260, render: (_, liaison) => <Flex wrap>{actions(liaison)}</Flex> },
  ];

  const missing = list.data?.membersWithoutLiaison ?? [];

  return (
    <Flex vertical gap={16}>
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('liaisons.missing.title', { count: missing.length })}
          description={
            <>
              <Typography.Paragraph style={{ marginBottom: 8 }}>{t('liaisons.missing.text')}</Typography.Paragraph>
              <Flex wrap gap={8}>
                {missing.map((member) => (
                  <Flex key={member.orgId} align="center" gap={4}>
                    <Link to={`/orgs/${member.orgId}`}>{member.orgName}</Link>
                    {choosable.has(member.orgId) && (
                      <Button size="small" type="link" onClick={() => setEditing({ mode: 'create', orgId: member.orgId })}>
                        {t('liaisons.addFor')}
                      </Button>
                    )}
                  </Flex>
                ))}
              </Flex>
            </>
          }
        />
      )}
      <Card
        title={t('liaisons.title', { count: list.data?.liaisons.length ?? 0 })}
        extra={
          choices.length > 0 && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
              {t('liaisons.add')}
            </Button>
          )
        }
      >
        <Table<TLiaison>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.liaisons}
          loading={list.isFetching}
          size="small"
          scroll={{ x: 1000 }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('liaisons.empty') }}
        />
      </Card>
      {editing && (
        <LiaisonModal
          bodyId={body.id}
          editing={editing}
          members={choices}
          // Details revealed before an edit may be out of date afterwards.
          onSaved={(saved) => forget(saved.id)}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
