/** Changing one's password; also the page a user with an initial password is held on until they change it. */
import { ZChangePasswordBody } from '@chanjiao/contracts/auth';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useNavigate } from 'react-router-dom';
import { client, unwrap } from '../../../app/api';
import { useRefreshMe, useSession } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { AccountTabs } from '../components/AccountTabs';
import { ACCOUNT_MESSAGES } from '../messages';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Server answers that concern one field, shown under it. */
const CODE_FIELDS = { PASSWORD_WRONG: 'currentPassword', PASSWORD_WEAK: 'newPassword' };

export default function ChangePasswordPage() {
  const t = useT(ACCOUNT_MESSAGES);
  const me = useSession();
  const refreshMe = useRefreshMe();
  const navigate = useNavigate();
  const reportError = useReportError();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordForm>();
  const zod = useZodForm<PasswordForm>(ZChangePasswordBody, {
    labels: { currentPassword: t('password.current'), newPassword: t('password.new') },
  });
  const forced = me.user.mustChangePassword;

  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: PasswordForm) =>
      unwrap(client.POST('/api/auth/password', { body: { currentPassword, newPassword } })),
    onSuccess: async () => {
      void message.success(t('password.changed'));
      form.resetFields();
      await refreshMe();
      if (forced) void navigate('/', { replace: true });
    },
    onError: (error) => reportError(error, { form, codeFields: CODE_FIELDS }),
  });

  return (
    <>
      <PageHeader title={t('account.title')} />
      <AccountTabs />
      <Card style={{ maxWidth: 560 }}>
        {forced && <Alert type="warning" showIcon title={t('password.forced')} style={{ marginBottom: 16 }} />}
        <Form<PasswordForm> form={form} layout="vertical" onFinish={(values) => change.mutate(values)}>
          <Form.Item {...zod.field('currentPassword')} label={t('password.current')}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            {...zod.field('newPassword')}
            label={t('password.new')}
            extra={t('password.rule')}
            dependencies={['currentPassword']}
            rules={[
              ...zod.rules('newPassword'),
              // Beyond the request's schema: the form refuses what the server would refuse as no change at all.
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  value && value === getFieldValue('currentPassword')
                    ? Promise.reject(new Error(t('password.sameAsCurrent')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            required
            // The confirmation is the form's own field: the request carries the new password once.
            rules={[
              { required: true, message: t('password.confirmRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t('password.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
