/** An account's roles, with revoking each and assigning another (permission user.role.assign). */
import { PlusOutlined } from '@ant-design/icons';
import type { TRoleAssignment, TUser } from '@chanjiao/contracts/accounts';
import { ADMIN_ROLES } from '@chanjiao/contracts/permissions';
import { App, Button, Card, Popconfirm, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCan, useSession } from '../../../app/auth';
import { useReportError } from '../../../app/forms';
import { FileAdminRequestModal } from '../../approvals';
import { useLocale, useT } from '../../../app/i18n';
import { useRevokeRole } from '../hooks/use-users';
import { roleLabel, scopeWord } from '../role-labels';
import { ADMIN_MESSAGES } from '../messages';
import { AssignRoleModal } from './AssignRoleModal';

function ScopeCell({ assignment }: { assignment: TRoleAssignment }) {
  const locale = useLocale();
  if (assignment.scopeType === 'system' || !assignment.scopeId) return <>{scopeWord(assignment.scopeType, locale)}</>;
  const path = assignment.scopeType === 'org' ? `/orgs/${assignment.scopeId}` : `/bodies/${assignment.scopeId}`;
  return <Link to={path}>{assignment.scopeName ?? scopeWord(assignment.scopeType, locale)}</Link>;
}

export function UserRolesCard({ user }: { user: TUser }) {
  const t = useT(ADMIN_MESSAGES);
  const locale = useLocale();
  const can = useCan();
  const me = useSession();
  const { message } = App.useApp();
  const reportError = useReportError();
  const revoke = useRevokeRole(user.id);
  const [assigning, setAssigning] = useState(false);
  const [withdrawing, setWithdrawing] = useState<TRoleAssignment | null>(null);
  const mayAssign = can('user.role.assign');
  // The server refuses it too (SELF_LOCKOUT); not offering it saves a confusing refusal.
  const keepsOwn = (assignment: TRoleAssignment) => user.id === me.user.id && ADMIN_ROLES.includes(assignment.role);

  const columns: TableProps<TRoleAssignment>['columns'] = [
    { key: 'role', title: t('field.role'), render: (_, assignment) => roleLabel(assignment.role, locale) },
    { key: 'scope', title: t('roles.scope'), render: (_, assignment) => <ScopeCell assignment={assignment} /> },
  ];
  if (mayAssign) {
    columns.push({
      key: 'actions',
      width: 90,
      render: (_, assignment) =>
        keepsOwn(assignment) ? null : ADMIN_ROLES.includes(assignment.role) ? (
          // Withdrawing an administrator role needs another duty's approval (two-person rule).
          <Button type="link" danger size="small" onClick={() => setWithdrawing(assignment)}>
            {t('roles.revoke')}
          </Button>
        ) : (
          <Popconfirm
            title={t('roles.revokeConfirm', { role: roleLabel(assignment.role, locale) })}
            onConfirm={() =>
              revoke.mutateAsync(assignment.id).then(
                () => void message.success(t('roles.revoked', { role: roleLabel(assignment.role, locale) })),
                (error: unknown) => reportError(error),
              )
            }
          >
            <Button type="link" danger size="small">
              {t('roles.revoke')}
            </Button>
          </Popconfirm>
        ),
    });
  }

  return (
    <Card
      title={t('roles.title')}
      extra={
        mayAssign && (
          <Button icon={<PlusOutlined />} onClick={() => setAssigning(true)}>
            {t('roles.assign')}
          </Button>
        )
      }
    >
      <Table<TRoleAssignment>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={user.roles}
        pagination={false}
        locale={{ emptyText: t('roles.grantedNone') }}
      />
      {mayAssign && <AssignRoleModal user={user} open={assigning} onClose={() => setAssigning(false)} />}
      {withdrawing && (
        <FileAdminRequestModal kind="role_revoke" account={user} assignmentId={withdrawing.id} open onClose={() => setWithdrawing(null)} />
      )}
    </Card>
  );
}
