/** 安全管理员: every role with its permissions grouped by duty; editing grants within 三权分立. */
import type { TRoleInfo } from '@chanjiao/contracts/accounts';
import { Alert, Collapse, Flex, Skeleton, Tag, Typography } from 'antd';
import { RequirePermission, useCan } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useT } from '../../../app/i18n';
import { RolePermissionsPanel } from '../components/RolePermissionsPanel';
import { useRoleCatalog } from '../hooks/use-roles';
import { SECURITY_MESSAGES } from '../messages';

const DUTY_COLORS = { system: 'geekblue', security: 'volcano', audit: 'purple' } as const;

function RoleHeader({ info }: { info: TRoleInfo }) {
  const t = useT(SECURITY_MESSAGES);
  return (
    <Flex gap={8} align="center" wrap>
      <Typography.Text strong>{info.label}</Typography.Text>
      <Tag>{t(`roles.scope.${info.scope}`)}</Tag>
      {info.adminDuty && <Tag color={DUTY_COLORS[info.adminDuty]}>{t('roles.adminDuty', { duty: t(`duty.${info.adminDuty}`) })}</Tag>}
      <Typography.Text type="secondary">{t('roles.count', { count: info.permissions.length })}</Typography.Text>
    </Flex>
  );
}

function Roles() {
  const t = useT(SECURITY_MESSAGES);
  const can = useCan();
  const catalog = useRoleCatalog();
  const mayEdit = can('role.permission.edit');
  return (
    <>
      <PageHeader title={t('roles.title')} subtitle={t('roles.subtitle')} />
      {!mayEdit && <Alert type="info" showIcon title={t('roles.readOnly')} style={{ marginBottom: 16 }} />}
      {catalog.isPending && <Skeleton active paragraph={{ rows: 10 }} />}
      {catalog.isError && <QueryError error={catalog.error} onRetry={catalog.refetch} />}
      {catalog.data && (
        <Collapse
          items={catalog.data.roles.map((info) => ({
            key: info.role,
            label: <RoleHeader info={info} />,
            children: <RolePermissionsPanel info={info} catalogue={catalog.data.permissions} mayEdit={mayEdit} />,
          }))}
        />
      )}
    </>
  );
}

export default function RolesPage() {
  return (
    <RequirePermission permission="role.read">
      <Roles />
    </RequirePermission>
  );
}
