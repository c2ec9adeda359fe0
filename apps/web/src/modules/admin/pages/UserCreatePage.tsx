/**
 * Opening an account: who it is for, the initial password (typed, or made up here and shown once), and
 * optionally the organisation or body and role it starts with.
 */
import { type TUser, ZUserCreateBody } from '@chanjiao/contracts/accounts';
import { ZRoleGrantRequestBody } from '@chanjiao/contracts/admin-approvals';
import { ADMIN_ROLES } from '@chanjiao/contracts/permissions';
import { Alert, Button, Card, Divider, Form, Input, Radio, Result, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { RequirePermission } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
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
  adminReason?: string;
}

interface Created {
  user: TUser;
  /** Only a password the platform made up is shown; one the administrator typed, they already know. */
  generatedPassword: string | null;
  roleProblem: string | null;
  roleRequested: boolean;
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
        {created.roleRequested && <Alert type="info" showIcon title={t('create.done.roleRequested')} style={{ marginTop: 16 }} />}
        {created.roleProblem && (
          <Alert type="error" showIcon title={t('create.done.roleFailed', { message: created.roleProblem })} style={{ marginTop: 16 }} />
        )}
      </Result>
    </Card>
  );
}

/** The administrator role's request as the form has it; the account's id is not known until it is opened. */
const PENDING_ACCOUNT_ID = '00000000-0000-4000-8000-000000000000';
const grantRequestPayload = (values: CreateValues) => ({ userId: PENDING_ACCOUNT_ID, role: values.role, reason: values.adminReason });

/** A generated password is made only when the account is opened; until then the form checks it as present. */
const PENDING_GENERATED = 'generated-on-submit';

function accountPayload(values: CreateValues, password: string | null) {
  return {
    username: values.username,
    displayName: values.displayName,
    email: values.email,
    phone: values.phone,
    initialPassword: password ?? values.initialPassword ?? '',
  };
}

function CreateUserForm({ onCreated }: { onCreated: (created: Created) => void }) {
  const t = useT(ADMIN_MESSAGES);
  const reportError = useReportError();
  const [form] = Form.useForm<CreateValues>();
  const open = useOpenAccount();
  const passwordMode = Form.useWatch('passwordMode', form);
  const role = Form.useWatch('role', form);
  const adminRole = !!role && ADMIN_ROLES.includes(role);
  const grantRequest = useZodForm(ZRoleGrantRequestBody, { toPayload: grantRequestPayload });
  const zod = useZodForm(ZUserCreateBody, {
    toPayload: (values: CreateValues) => accountPayload(values, values.passwordMode === 'generate' ? PENDING_GENERATED : null),
  });

  const submit = (values: CreateValues) => {
    const generatedPassword = values.passwordMode === 'generate' ? generateInitialPassword() : null;
    open.mutate(
      {
        account: accountPayload(values, generatedPassword),
        role: values.role ? { role: values.role, scopeId: values.scopeId ?? null } : undefined,
        adminReason: values.adminReason,
      },
      {
        onSuccess: ({ user, roleProblem, roleRequested }) => onCreated({ user, generatedPassword, roleProblem, roleRequested }),
        onError: (error) => reportError(error, { form, codeFields: CODE_FIELDS }),
      },
    );
  };

  return (
    <Card style={{ maxWidth: 720 }}>
      <Form<CreateValues> form={form} layout="vertical" initialValues={{ passwordMode: 'generate' }} onFinish={submit}>
        <Divider titlePlacement="start">{t('create.section.account')}</Divider>
        <Form.Item {...zod.field('username')} label={t('field.username')} extra={t('create.username.extra')}>
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item {...zod.field('displayName')} label={t('field.displayName')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item {...zod.field('email')} label={t('field.email')} validateTrigger="onBlur">
          <Input type="email" autoComplete="off" maxLength={200} />
        </Form.Item>
        <Form.Item {...zod.field('phone')} label={t('field.phone')} validateTrigger="onBlur">
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
          <Form.Item {...zod.field('initialPassword')} label={t('field.initialPassword')} extra={t('create.password.extra')}>
            <Input.Password autoComplete="new-password" maxLength={256} />
          </Form.Item>
        )}
        <Divider titlePlacement="start">{t('create.section.role')}</Divider>
        <RoleScopeFields held={[]} optional />
        {adminRole && (
          <>
            <Alert type="info" showIcon title={t('create.adminRole.text')} style={{ marginBottom: 16 }} />
            <Form.Item {...grantRequest.field('reason')} name="adminReason" label={t('create.adminRole.reason')}>
              <Input.TextArea rows={2} maxLength={200} showCount />
            </Form.Item>
          </>
        )}
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
