/** Disabling needs a reason, which goes into the audit log beside who did it. */
import { type TUser, ZUserDisableBody } from '@chanjiao/contracts/accounts';
import { ADMIN_ROLES } from '@chanjiao/contracts/permissions';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useReportError } from '../../../app/forms';
import { FileAdminRequestModal } from '../../approvals';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useDisableUser } from '../hooks/use-users';
import { ADMIN_MESSAGES } from '../messages';

interface DisableUserModalProps {
  user: TUser;
  open: boolean;
  onClose: () => void;
}

export function DisableUserModal({ user, open, onClose }: DisableUserModalProps) {
  const t = useT(ADMIN_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<{ reason: string }>();
  const disable = useDisableUser(user.id);
  const zod = useZodForm(ZUserDisableBody, { labels: { reason: t('field.reason') } });

  const submit = ({ reason }: { reason: string }) =>
    disable.mutate(reason, {
      onSuccess: () => {
        void message.success(t('disable.done'));
        form.resetFields();
        onClose();
      },
      onError: (error) => reportError(error, { form }),
    });

  // An administrator is disabled on another duty's approval (two-person rule): the reason goes into a request.
  if (user.roles.some((assignment) => ADMIN_ROLES.includes(assignment.role))) {
    return open ? <FileAdminRequestModal kind="account_disable" account={user} open onClose={onClose} /> : null;
  }

  return (
    <Modal
      open={open}
      title={t('disable.title', { username: user.username })}
      okText={t('disable.action')}
      okButtonProps={{ danger: true, loading: disable.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('disable.text')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item {...zod.field('reason')} label={t('field.reason')}>
          <Input.TextArea rows={3} maxLength={200} showCount placeholder={t('disable.reason.placeholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
