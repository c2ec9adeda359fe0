/**
 * Sign-in in two steps when needed: username and password, then — if the server answers TOTP_CODE_REQUIRED —
 * the 6-digit authenticator code, sent again together with the credentials.
 */
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { type TLoginBody, ZLoginBody } from '@chanjiao/contracts/auth';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { isApiError } from '../../../app/api';
import { FullPageSpinner, useLogin, useMe } from '../../../app/auth';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch';
import { useT } from '../../../app/i18n';
import { useZodForm } from '../../../app/zod-form';
import { APP_MESSAGES } from '../../../app/messages';
import { safeNextPath } from '../../../app/navigation';
import { ACCOUNT_MESSAGES } from '../messages';

type Credentials = Pick<TLoginBody, 'username' | 'password'>;

export default function LoginPage() {
  const t = useT(ACCOUNT_MESSAGES);
  const tApp = useT(APP_MESSAGES);
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const [pending, setPending] = useState<Credentials | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [codeForm] = Form.useForm<{ totpCode: string }>();
  const zod = useZodForm<Credentials>(ZLoginBody, { labels: { username: t('login.username'), password: t('login.password') } });

  if (me.isPending) return <FullPageSpinner />;
  if (me.data) return <Navigate to={next} replace />;

  const submit = (input: TLoginBody) => {
    setProblem(null);
    login.mutate(input, {
      onSuccess: () => navigate(next, { replace: true }),
      onError: (error) => {
        if (isApiError(error, 'TOTP_CODE_REQUIRED')) {
          setPending({ username: input.username, password: input.password });
          return;
        }
        if (pending && isApiError(error, 'TOTP_INVALID')) {
          codeForm.setFields([{ name: 'totpCode', value: '', errors: [error.message] }]);
          return;
        }
        setProblem(error.message);
      },
    });
  };

  const startOver = () => {
    setPending(null);
    setProblem(null);
    codeForm.resetFields();
  };

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="flex-end">
          <LanguageSwitch />
        </Flex>
        <Typography.Title level={2} style={{ textAlign: 'center', marginBottom: 4 }}>
          {tApp('app.fullName')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('login.subtitle')}
        </Typography.Paragraph>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}

        {pending ? (
          <Form form={codeForm} layout="vertical" onFinish={({ totpCode }) => submit({ ...pending, totpCode })}>
            <Typography.Title level={4}>{t('login.codeTitle')}</Typography.Title>
            <Typography.Paragraph>{t('login.codeHint', { username: pending.username })}</Typography.Paragraph>
            <Form.Item name="totpCode" rules={[{ required: true, len: 6, message: t('login.codeRequired') }]}>
              <Input.OTP
                length={6}
                autoFocus
                inputMode="numeric"
                autoComplete="one-time-code"
                // The last digit completes the code; there is nothing else to wait for.
                onChange={(code) => code.length === 6 && submit({ ...pending, totpCode: code })}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending}>
              {t('login.verify')}
            </Button>
            <Button type="link" block onClick={startOver} style={{ marginTop: 8 }}>
              {t('login.otherAccount')}
            </Button>
          </Form>
        ) : (
          <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false}>
            <Form.Item {...zod.field('username')} label={t('login.username')}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
            </Form.Item>
            <Form.Item {...zod.field('password')} label={t('login.password')}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
        )}
      </Card>
    </Flex>
  );
}
