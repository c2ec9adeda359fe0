/** 安全管理员's desk: locked accounts, accounts without a second factor, disabled ones; unlock and reset. */
import type { TSecurityAccount } from '@chanjiao/contracts/accounts';
import { Card, Flex, Input, Segmented, Table, type TableProps, Tag, Typography } from 'antd';
import { RequirePermission } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { formatDateTime } from '../../../app/format';
import { useLocale, useT } from '../../../app/i18n';
import { APP_MESSAGES } from '../../../app/messages';
import { RoleTags } from '../../admin';
import { DESK_STATUSES } from '../account-filters';
import { AccountActions } from '../components/AccountActions';
import { useAccountFilters } from '../hooks/use-account-filters';
import { ACCOUNT_PAGE_SIZE, useSecurityAccounts } from '../hooks/use-security-accounts';
import { SECURITY_MESSAGES } from '../messages';

function SignInState({ account }: { account: TSecurityAccount }) {
  const t = useT(SECURITY_MESSAGES);
  const locale = useLocale();
  return (
    <Flex vertical gap={2} align="start">
      {account.disabled && <Tag color="default">{t('signIn.disabled')}</Tag>}
      {account.locked ? (
        <Tag color="red">{t('signIn.lockedUntil', { time: formatDateTime(account.lockedUntil, locale) })}</Tag>
      ) : (
        !account.disabled && <Tag color="green">{t('signIn.normal')}</Tag>
      )}
      {account.recentFailures > 0 && (
        <Typography.Text type="secondary">{t('signIn.failures', { count: account.recentFailures })}</Typography.Text>
      )}
    </Flex>
  );
}

function SecondFactor({ account }: { account: TSecurityAccount }) {
  const t = useT(SECURITY_MESSAGES);
  if (account.totpEnabled) return <Tag color="blue">{t('totp.on')}</Tag>;
  return (
    <Flex vertical gap={2} align="start">
      <Tag>{t('totp.off')}</Tag>
      {account.isAdministrator && <Typography.Text type="danger">{t('totp.requiredMissing')}</Typography.Text>}
    </Flex>
  );
}

function LockedAccounts() {
  const t = useT(SECURITY_MESSAGES);
  const tApp = useT(APP_MESSAGES);
  const [filters, setFilters] = useAccountFilters();
  const accounts = useSecurityAccounts(filters);

  const columns: TableProps<TSecurityAccount>['columns'] = [
    { key: 'username', title: t('column.username'), width: 160, dataIndex: 'username' },
    { key: 'displayName', title: t('column.displayName'), width: 120, dataIndex: 'displayName' },
    { key: 'roles', title: t('column.roles'), render: (_, account) => <RoleTags roles={account.roles} /> },
    { key: 'signIn', title: t('column.signIn'), width: 210, render: (_, account) => <SignInState account={account} /> },
    { key: 'totp', title: t('column.secondFactor'), width: 140, render: (_, account) => <SecondFactor account={account} /> },
    { key: 'actions', width: 190, render: (_, account) => <AccountActions account={account} /> },
  ];

  return (
    <>
      <PageHeader title={t('accounts.title')} subtitle={t('accounts.subtitle')} />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Segmented
            options={DESK_STATUSES.map((status) => ({ value: status, label: t(`accounts.status.${status}`) }))}
            value={filters.status}
            onChange={(status) => setFilters({ status })}
          />
          <Input.Search
            key={filters.q ?? ''}
            defaultValue={filters.q}
            placeholder={t('accounts.search')}
            aria-label={t('accounts.search')}
            allowClear
            enterButton={tApp('common.search')}
            maxLength={50}
            style={{ width: 320, maxWidth: '100%' }}
            onSearch={(value) => setFilters({ q: value.trim() || undefined })}
          />
        </Flex>
        {accounts.isError ? (
          <QueryError error={accounts.error} onRetry={accounts.refetch} />
        ) : (
          <Table<TSecurityAccount>
            rowKey="id"
            columns={columns}
            dataSource={accounts.data?.items}
            loading={accounts.isFetching}
            scroll={{ x: 1000 }}
            locale={{ emptyText: t(filters.status === 'locked' && !filters.q ? 'accounts.empty.locked' : 'accounts.empty') }}
            onChange={(pagination) => setFilters({ page: pagination.current ?? 1 })}
            pagination={{
              current: filters.page,
              pageSize: ACCOUNT_PAGE_SIZE,
              total: accounts.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => t('accounts.total', { total }),
            }}
          />
        )}
      </Card>
    </>
  );
}

export default function LockedAccountsPage() {
  return (
    <RequirePermission permission="security.unlock">
      <LockedAccounts />
    </RequirePermission>
  );
}
