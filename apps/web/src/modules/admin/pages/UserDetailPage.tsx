/** One account: who it is, whether it may sign in (disable / enable), and its roles. */
import { StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import type { TUser } from '@chanjiao/contracts/accounts';
import { Alert, App, Button, Card, Descriptions, type DescriptionsProps, Popconfirm, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { RequirePermission, useCan, useSession } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { formatDateTime } from '../../../app/format';
import { useReportError } from '../../../app/forms';
import { useLocale, useT } from '../../../app/i18n';
import { DisableUserModal } from '../components/DisableUserModal';
import { UserRolesCard } from '../components/UserRolesCard';
import { UserStatusTags } from '../components/UserStatusTags';
import { useEnableUser, useUser } from '../hooks/use-users';
import { ADMIN_MESSAGES } from '../messages';

function UserBasics({ user }: { user: TUser }) {
  const t = useT(ADMIN_MESSAGES);
  const locale = useLocale();
  const items: DescriptionsProps['items'] = [
    { key: 'username', label: t('field.username'), children: <Typography.Text copyable>{user.username}</Typography.Text> },
    { key: 'displayName', label: t('field.displayName'), children: user.displayName },
    { key: 'status', label: t('column.status'), children: <UserStatusTags user={user} /> },
    { key: 'email', label: t('field.email'), children: user.email },
    { key: 'phone', label: t('field.phone'), children: user.phone },
    { key: 'createdAt', label: t('column.createdAt'), children: formatDateTime(user.createdAt, locale) },
  ];
  if (user.disabledAt) items.push({ key: 'disabledAt', label: t('detail.disabledAt'), children: formatDateTime(user.disabledAt, locale) });
  return (
    <Card
      title={t('detail.basics')}
      extra={<Typography.Text type="secondary">{t('detail.masked')}</Typography.Text>}
      style={{ marginBottom: 16 }}
    >
      <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} />
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
        {t('detail.securityHint')}
      </Typography.Paragraph>
    </Card>
  );
}

function SignInSwitch({ user }: { user: TUser }) {
  const t = useT(ADMIN_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const enable = useEnableUser(user.id);
  const [disabling, setDisabling] = useState(false);
  if (user.disabled) {
    return (
      <Popconfirm
        title={t('enable.confirm')}
        onConfirm={() =>
          enable.mutateAsync(undefined).then(
            () => void message.success(t('enable.done')),
            (error: unknown) => reportError(error),
          )
        }
      >
        <Button type="primary" icon={<CheckCircleOutlined />} loading={enable.isPending}>
          {t('enable.action')}
        </Button>
      </Popconfirm>
    );
  }
  return (
    <>
      <Button danger icon={<StopOutlined />} onClick={() => setDisabling(true)}>
        {t('disable.action')}
      </Button>
      <DisableUserModal user={user} open={disabling} onClose={() => setDisabling(false)} />
    </>
  );
}

function UserDetail({ id }: { id: string }) {
  const t = useT(ADMIN_MESSAGES);
  const can = useCan();
  const me = useSession();
  const user = useUser(id);
  const own = me.user.id === id;

  return (
    <>
      <PageHeader
        title={user.data ? `${user.data.displayName}（${user.data.username}）` : t('detail.title')}
        backTo="/admin/users"
        actions={user.data && can('user.manage') && !own && <SignInSwitch user={user.data} />}
      />
      {user.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {user.isError && <QueryError error={user.error} onRetry={user.refetch} />}
      {user.data && (
        <>
          {own && <Alert type="info" showIcon title={t('self.hint')} style={{ marginBottom: 16 }} />}
          <UserBasics user={user.data} />
          <UserRolesCard user={user.data} />
        </>
      )}
    </>
  );
}

export default function UserDetailPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission="user.read">
      <UserDetail id={id} />
    </RequirePermission>
  );
}
