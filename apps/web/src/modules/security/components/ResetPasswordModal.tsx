/**
 * A forgotten password: the security administrator sets a temporary one after checking who is asking, and
 * hands it over in person; the user must replace it at the next sign-in.
 */
import { type TSecurityAccount, ZPasswordResetBody } from '@chanjiao/contracts/accounts';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { useResetPassword } from '../hooks/use-security-accounts';
import { SECURITY_MESSAGES } from '../messages';

interface ResetPasswordModalProps {
  account: TSecurityAccount;
  open: boolean;
  onClose: () => void;
}

export function ResetPasswordModal({ account, open, onClose }: ResetPasswordModalProps) {
  const t = useT(SECURITY_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<{ temporaryPassword: string }>();
  const reset = useResetPassword(account.id);
  const zod = useZodForm(ZPasswordResetBody, { labels: { temporaryPassword: t('resetPassword.field') } });
  const username = account.username;

  const submit = ({ temporaryPassword }: { temporaryPassword: string }) =>
    reset.mutate(temporaryPassword, {
      onSuccess: () => {
        void message.success(t('resetPassword.done', { username }));
        onClose();
      },
      onError: (error) => reportError(error, { form }),
    });

  return (
    <Modal
      open={open}
      title={t('resetPassword.title', { username })}
      okText={t('resetPassword.action')}
      okButtonProps={{ danger: true, loading: reset.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('resetPassword.text', { username })}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item {...zod.field('temporaryPassword')} label={t('resetPassword.field')}>
          <Input.Password autoComplete="new-password" maxLength={256} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
