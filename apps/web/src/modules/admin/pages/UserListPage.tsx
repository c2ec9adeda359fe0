/** User accounts: search by name, filter by status, page through; entry to opening an account and to each account. */
import { PlusOutlined } from '@ant-design/icons';
import { USER_STATUSES, type TUser, type UserStatus } from '@chanjiao/contracts/accounts';
import { Button, Card, Flex, Input, Select, Table, type TableProps } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { RequirePermission, useCan } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { formatDateTime } from '../../../app/format';
import { useLocale, useT } from '../../../app/i18n';
import { APP_MESSAGES } from '../../../app/messages';
import { RoleTags } from '../components/RoleTags';
import { UserStatusTags } from '../components/UserStatusTags';
import { useUserFilters } from '../hooks/use-user-filters';
import { USER_PAGE_SIZE, useUserList } from '../hooks/use-users';
import { ADMIN_MESSAGES } from '../messages';

function UserList() {
  const t = useT(ADMIN_MESSAGES);
  const tApp = useT(APP_MESSAGES);
  const locale = useLocale();
  const can = useCan();
  const navigate = useNavigate();
  const [filters, setFilters] = useUserFilters();
  const list = useUserList(filters);

  const statusOptions = USER_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }));
  const columns: TableProps<TUser>['columns'] = [
    {
      key: 'username',
      title: t('column.username'),
      width: 180,
      render: (_, user) => <Link to={`/admin/users/${user.id}`}>{user.username}</Link>,
    },
    { key: 'displayName', title: t('column.displayName'), width: 140, dataIndex: 'displayName' },
    { key: 'roles', title: t('column.roles'), render: (_, user) => <RoleTags roles={user.roles} /> },
    { key: 'status', title: t('column.status'), width: 220, render: (_, user) => <UserStatusTags user={user} /> },
    { key: 'createdAt', title: t('column.createdAt'), width: 150, render: (_, user) => formatDateTime(user.createdAt, locale) },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={
          can('user.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/admin/users/new')}>
              {t('list.create')}
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            key={filters.q ?? ''}
            defaultValue={filters.q}
            placeholder={t('list.search')}
            aria-label={t('list.search')}
            allowClear
            enterButton={tApp('common.search')}
            maxLength={50}
            style={{ width: 320, maxWidth: '100%' }}
            onSearch={(value) => setFilters({ q: value.trim() || undefined })}
          />
          <Select<UserStatus>
            aria-label={t('status.label')}
            options={statusOptions}
            value={filters.status}
            onChange={(status) => setFilters({ status })}
            style={{ width: 160 }}
          />
        </Flex>
        {list.isError ? (
          <QueryError error={list.error} onRetry={list.refetch} />
        ) : (
          <Table<TUser>
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            scroll={{ x: 900 }}
            locale={{ emptyText: t('list.empty') }}
            onChange={(pagination) => setFilters({ page: pagination.current ?? 1 })}
            pagination={{
              current: filters.page,
              pageSize: USER_PAGE_SIZE,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => t('list.total', { total }),
            }}
          />
        )}
      </Card>
    </>
  );
}

export default function UserListPage() {
  return (
    <RequirePermission permission="user.read">
      <UserList />
    </RequirePermission>
  );
}
