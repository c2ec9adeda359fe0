/**
 * Enrolling the second factor: the server makes a secret (POST /api/auth/totp/begin), the user scans it into
 * an authenticator app and proves it works with one code (POST /api/auth/totp/confirm).
 */
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, Result, Steps, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { client, unwrap } from '../../../app/api';
import { useRefreshMe, useSession } from '../../../app/auth';
import { mustEnrolTotp } from '../../../app/components/SessionNotices';
import { PageHeader } from '../../../app/components/PageHeader';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { AccountTabs } from '../components/AccountTabs';
import { ACCOUNT_MESSAGES } from '../messages';

const CODE_FIELDS = { TOTP_INVALID: 'code' };

export default function TotpPage() {
  const t = useT(ACCOUNT_MESSAGES);
  const me = useSession();
  const refreshMe = useRefreshMe();
  const navigate = useNavigate();
  const reportError = useReportError();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string }>();
  const wasBlocked = mustEnrolTotp(me);

  const begin = useMutation({
    mutationFn: () => unwrap(client.POST('/api/auth/totp/begin')),
    onError: (error) => reportError(error),
  });
  const confirm = useMutation({
    mutationFn: (code: string) => unwrap(client.POST('/api/auth/totp/confirm', { body: { code } })),
    onSuccess: async () => {
      void message.success(t('totp.done'));
      await refreshMe();
      // Administrators were held here; now the rest of the platform opens.
      if (wasBlocked) void navigate('/', { replace: true });
    },
    onError: (error) => reportError(error, { form, codeFields: CODE_FIELDS }),
  });

  const enrolment = begin.data;
  // Installing an app is advice, not something the page can see done; the first action is step 2.
  const currentStep = enrolment ? 2 : 1;

  return (
    <>
      <PageHeader title={t('account.title')} />
      <AccountTabs />
      <Card style={{ maxWidth: 720 }}>
        {me.user.totpEnabled ? (
          <Result status="success" title={t('totp.enabled.title')} subTitle={t('totp.enabled.text')} />
        ) : (
          <>
            <Typography.Paragraph>{t('totp.intro')}</Typography.Paragraph>
            <Steps
              orientation="vertical"
              current={currentStep}
              items={[
                { title: t('totp.step.app'), content: t('totp.step.app.text') },
                {
                  title: t('totp.step.scan'),
                  content: enrolment ? (
                    <Flex gap={24} wrap align="center" style={{ marginBlock: 8 }}>
                      <img src={enrolment.qrDataUrl} alt={t('totp.qrAlt')} width={180} height={180} />
                      <div>
                        <Typography.Paragraph>{t('totp.scanHint')}</Typography.Paragraph>
                        <Typography.Text type="secondary">{t('totp.secret')}：</Typography.Text>
                        <Typography.Text code copyable>
                          {enrolment.secret}
                        </Typography.Text>
                      </div>
                    </Flex>
                  ) : (
                    <Button type="primary" loading={begin.isPending} onClick={() => begin.mutate()} style={{ marginBlock: 8 }}>
                      {t('totp.begin')}
                    </Button>
                  ),
                },
                {
                  title: t('totp.step.confirm'),
                  content: enrolment && (
                    <Form form={form} layout="vertical" onFinish={({ code }) => confirm.mutate(code)} style={{ marginTop: 8 }}>
                      <Form.Item name="code" label={t('totp.code')} rules={[{ required: true, len: 6, message: t('totp.codeRequired') }]}>
                        <Input.OTP length={6} inputMode="numeric" autoComplete="one-time-code" />
                      </Form.Item>
                      <Button type="primary" htmlType="submit" loading={confirm.isPending}>
                        {t('totp.confirm')}
                      </Button>
                    </Form>
                  ),
                },
              ]}
            />
          </>
        )}
      </Card>
    </>
  );
}
