/** Per kind: inbox only, e-mail at once or a daily digest; the address and language of e-mails. */
import {
  NOTIFICATION_MODULE_LABELS,
  type TDeliveryChannel,
  type TKindPreference,
  type TNotificationSettings,
} from '@chanjiao/contracts/notifications/inbox';
import { Alert, App, Button, Card, Form, Input, Radio, Select, Table, type TableProps, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { APP_MESSAGES } from '../../../app/messages';
import { useNotificationSettings, useSaveNotificationSettings } from '../hooks/use-notifications';
import { NOTIFICATION_MESSAGES } from '../messages';

const CHANNELS = ['inbox', 'email', 'digest'] as const;

export default function NotificationSettingsPage() {
  const t = useT(NOTIFICATION_MESSAGES);
  const tApp = useT(APP_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const settings = useNotificationSettings();
  const save = useSaveNotificationSettings();
  const [form] = Form.useForm<{ email: string; emailLocale: TNotificationSettings['emailLocale'] }>();
  const [channels, setChannels] = useState<Record<string, TDeliveryChannel>>({});

  const data = settings.data;
  useEffect(() => {
    if (!data) return;
    form.setFieldsValue({ email: data.email ?? '', emailLocale: data.emailLocale });
    setChannels(Object.fromEntries(data.kinds.map((kind) => [kind.kind, kind.channel])));
  }, [data, form]);

  const columns = useMemo<TableProps<TKindPreference>['columns']>(
    () => [
      {
        key: 'kind',
        title: t('settings.kind'),
        render: (_, kind) => (
          <>
            <Tag>{bilingual(NOTIFICATION_MODULE_LABELS[kind.module])}</Tag> {kind.label}
          </>
        ),
      },
      {
        key: 'channel',
        title: t('settings.channel'),
        render: (_, kind) => (
          <Radio.Group
            size="small"
            disabled={!data?.emailEnabled}
            value={channels[kind.kind]}
            onChange={(event) => setChannels((current) => ({ ...current, [kind.kind]: event.target.value as TDeliveryChannel }))}
            options={CHANNELS.map((channel) => ({
              value: channel,
              label:
                channel === kind.defaultChannel
                  ? `${t(`settings.channel.${channel}`)}（${t('settings.default')}）`
                  : t(`settings.channel.${channel}`),
            }))}
          />
        ),
      },
    ],
    [bilingual, channels, data?.emailEnabled, t],
  );

  if (settings.isError) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;

  const submit = (values: { email: string; emailLocale: TNotificationSettings['emailLocale'] }) => {
    const changed = Object.fromEntries(
      Object.entries(channels).filter(([kind, channel]) => data?.kinds.find((k) => k.kind === kind)?.channel !== channel),
    );
    save.mutate(
      { email: values.email.trim() === '' ? null : values.email.trim(), emailLocale: values.emailLocale, channels: changed },
      { onSuccess: () => void message.success(t('settings.saved')), onError: (error) => reportError(error, { form }) },
    );
  };

  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} backTo="/notifications" />
      {data && !data.emailEnabled && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('settings.emailOff.title')}
          description={t('settings.emailOff.text')}
        />
      )}
      <Form form={form} layout="vertical" onFinish={submit} disabled={settings.isPending}>
        <Card style={{ marginBottom: 16 }}>
          <Form.Item name="email" label={t('settings.email')} style={{ maxWidth: 420 }}>
            <Input type="email" autoComplete="email" placeholder={t('settings.email.placeholder')} />
          </Form.Item>
          <Form.Item name="emailLocale" label={t('settings.emailLocale')} style={{ maxWidth: 240, marginBottom: 0 }}>
            <Select
              options={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en-US', label: 'English' },
              ]}
            />
          </Form.Item>
        </Card>
        <Card title={t('settings.kinds')} styles={{ body: { padding: 0 } }}>
          <div style={{ overflowX: 'auto' }}>
            <Table
              rowKey="kind"
              size="small"
              loading={settings.isPending}
              columns={columns}
              dataSource={data?.kinds ?? []}
              pagination={false}
            />
          </div>
        </Card>
        <Typography.Paragraph style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {tApp('common.save')}
          </Button>
        </Typography.Paragraph>
      </Form>
    </>
  );
}
