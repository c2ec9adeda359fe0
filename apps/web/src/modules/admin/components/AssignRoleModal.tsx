/** Giving an account one more role, for the whole system or for an organisation or body. */
import type { TUser } from '@chanjiao/contracts/accounts';
import { ADMIN_ROLES, type Role } from '@chanjiao/contracts/permissions';
import { App, Form, Modal } from 'antd';
import { useState } from 'react';
import { useReportError } from '../../../app/forms';
import { FileAdminRequestModal } from '../../approvals';
import { useLocale, useT } from '../../../app/i18n';
import { useAssignRole } from '../hooks/use-users';
import { roleLabel } from '../role-labels';
import { ADMIN_MESSAGES } from '../messages';
import { RoleScopeFields, type RoleScopeValues } from './RoleScopeFields';

interface AssignRoleModalProps {
  user: TUser;
  open: boolean;
  onClose: () => void;
}

export function AssignRoleModal({ user, open, onClose }: AssignRoleModalProps) {
  const t = useT(ADMIN_MESSAGES);
  const locale = useLocale();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<RoleScopeValues>();
  const assign = useAssignRole(user.id);
  // An administrator role is given on another duty's approval (two-person rule): the choice becomes a request.
  const [requestedRole, setRequestedRole] = useState<Role | null>(null);

  const submit = ({ role, scopeId }: RoleScopeValues) => {
    if (role && ADMIN_ROLES.includes(role)) return setRequestedRole(role);
    assign.mutate(
      { role: role!, scopeId: scopeId ?? null },
      {
        onSuccess: () => {
          void message.success(t('roles.assigned', { role: roleLabel(role!, locale) }));
          onClose();
        },
        onError: (error) => reportError(error, { form }),
      },
    );
  };

  if (requestedRole) {
    const close = () => {
      setRequestedRole(null);
      onClose();
    };
    return <FileAdminRequestModal kind="role_grant" account={user} role={requestedRole} open={open} onClose={close} />;
  }

  return (
    <Modal
      open={open}
      title={t('roles.assignTitle', { name: user.displayName })}
      okText={t('roles.assign')}
      okButtonProps={{ loading: assign.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <RoleScopeFields held={user.roles} />
      </Form>
    </Modal>
  );
}
