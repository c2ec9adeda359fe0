/**
 * Opening an account: who it is for, the initial password (typed, or made up here and shown once), and
 * optionally the organisation or body and role it starts with.
 */
import type { TUser } from '@chanjiao/contracts/accounts';
import { Alert, Button, Card, Divider, Form, Input, Radio, Result, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { RequirePermission } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { RoleScopeFields, type RoleScopeValues } from '../components/RoleScopeFields';
import { useOpenAccount } from '../hooks/use-users';
import { generateInitialPassword } from '../initial-password';
import { ADMIN_MESSAGES } from '../messages';

interface CreateValues extends RoleScopeValues {
  username: string;
  displayName: string;
  email?: string;
  phone?: string;
  passwordMode: 'generate' | 'manual';
  initialPassword?: string;
}

interface Created {
  user: TUser;
  /** Only a password the platform made up is shown; one the administrator typed, they already know. */
  generatedPassword: string | null;
  roleProblem: string | null;
}

const CODE_FIELDS = { USERNAME_TAKEN: 'username', PASSWORD_WEAK: 'initialPassword' };

function CreatedAccount({ created, onAnother }: { created: Created; onAnother: () => void }) {
  const t = useT(ADMIN_MESSAGES);
  const navigate = useNavigate();
  return (
    <Card>
      <Result
        status="success"
        title={t('create.done.title', { username: created.user.username })}
        subTitle={t('create.done.text', { name: created.user.displayName })}
        extra={[
          <Button key="open" type="primary" onClick={() => navigate(`/admin/users/${created.user.id}`)}>
            {t('create.done.open')}
          </Button>,
          <Button key="another" onClick={onAnother}>
            {t('create.done.another')}
          </Button>,
        ]}
      >
        {created.generatedPassword && (
          <div style={{ textAlign: 'center' }}>
            <Typography.Text type="secondary">{t('create.done.password')}</Typography.Text>
            <Typography.Paragraph copyable style={{ fontFamily: 'monospace', fontSize: 22, margin: '8px 0' }}>
              {created.generatedPassword}
            </Typography.Paragraph>
            <Alert type="warning" showIcon title={t('create.done.passwordHidden')} />
          </div>
        )}
        {created.roleProblem && (
          <Alert
            type="error"
            showIcon
            title={t('create.done.roleFailed', { message: created.roleProblem })}
            style={{ marginTop: 16 }}
          />
        )}
      </Result>
    </Card>
  );
}

function CreateUserForm({ onCreated }: { onCreated: (created: Created) => void }) {
  const t = useT(ADMIN_MESSAGES);
  const reportError = useReportError();
  const [form] = Form.useForm<CreateValues>();
  const open = useOpenAccount();
  const passwordMode = Form.useWatch('passwordMode', form);
  const required = (field: Parameters<typeof t>[0]) => [{ required: true, whitespace: true, message: t('form.required', { field: t(field) }) }];

  const submit = (values: CreateValues) => {
    const generatedPassword = values.passwordMode === 'generate' ? generateInitialPassword() : null;
    open.mutate(
      {
        account: {
          username: values.username,
          displayName: values.displayName,
          email: values.email,
          phone: values.phone,
          initialPassword: generatedPassword ?? values.initialPassword ?? '',
        },
        role: values.role ? { role: values.role, scopeId: values.scopeId ?? null } : undefined,
      },
      {
        onSuccess: ({ user, roleProblem }) => onCreated({ user, generatedPassword, roleProblem }),
        onError: (error) => reportError(error, { form, codeFields: CODE_FIELDS }),
      },
    );
  };

  return (
    <Card style={{ maxWidth: 720 }}>
      <Form<CreateValues>
        form={form}
        layout="vertical"
        initialValues={{ passwordMode: 'generate' }}
        onFinish={submit}
      >
        <Divider titlePlacement="start">{t('create.section.account')}</Divider>
        <Form.Item name="username" label={t('field.username')} extra={t('create.username.extra')} rules={required('field.username')}>
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item name="displayName" label={t('field.displayName')} rules={required('field.displayName')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="email" label={t('field.email')}>
          <Input type="email" autoComplete="off" maxLength={200} />
        </Form.Item>
        <Form.Item name="phone" label={t('field.phone')}>
          <Input autoComplete="off" maxLength={20} />
        </Form.Item>
        <Form.Item name="passwordMode" label={t('create.password.mode')}>
          <Radio.Group
            options={[
              { value: 'generate', label: t('create.password.generate') },
              { value: 'manual', label: t('create.password.manual') },
            ]}
          />
        </Form.Item>
        {passwordMode === 'manual' && (
          <Form.Item
            name="initialPassword"
            label={t('field.initialPassword')}
            extra={t('create.password.extra')}
            rules={[{ required: true, message: t('form.required', { field: t('field.initialPassword') }) }]}
          >
            <Input.Password autoComplete="new-password" maxLength={256} />
          </Form.Item>
        )}
        <Divider titlePlacement="start">{t('create.section.role')}</Divider>
        <RoleScopeFields held={[]} optional />
        <Button type="primary" htmlType="submit" loading={open.isPending}>
          {t('create.submit')}
        </Button>
      </Form>
    </Card>
  );
}

export default function UserCreatePage() {
  const t = useT(ADMIN_MESSAGES);
  const [created, setCreated] = useState<Created | null>(null);
  return (
    <RequirePermission permission="user.manage">
      <PageHeader title={t('create.title')} subtitle={t('create.subtitle')} backTo="/admin/users" />
      {created ? <CreatedAccount created={created} onAnother={() => setCreated(null)} /> : <CreateUserForm onCreated={setCreated} />}
    </RequirePermission>
  );
}
