/**
 * 提醒设置 of a body or a call: each reminder that applies, the days it is sent in force and the platform's
 * defaults, and — for whoever the server says may change them — changing the days or going back to the defaults.
 */
import { EditOutlined, UndoOutlined } from '@ant-design/icons';
import type { TReminderRules } from '@chanjiao/contracts/notifications/reminders';
import { Alert, App, Button, List, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { type ReminderScope, useReminderRules, useRestoreReminderDefaults } from '../hooks/use-reminder-rules';
import { NOTIFICATION_MESSAGES } from '../messages';
import { describeOffsets } from '../reminder-offsets';
import { ReminderOffsetsModal } from './ReminderOffsetsModal';

function RestoreButton({ scope, rules }: { scope: ReminderScope; rules: TReminderRules }) {
  const t = useT(NOTIFICATION_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const restore = useRestoreReminderDefaults(scope);
  const version = rules.version;
  if (rules.isDefault || version === null) return null;
  return (
    <Popconfirm
      title={t('reminders.restore.confirm', { defaults: describeOffsets(rules.defaultOffsetsDays, t) })}
      onConfirm={() =>
        restore.mutate(
          { source: rules.source, version },
          {
            onSuccess: () => void message.success(t('reminders.restored', { label: rules.label })),
            onError: (error) => reportError(error),
          },
        )
      }
    >
      <Button icon={<UndoOutlined />} loading={restore.isPending}>
        {t('reminders.restore')}
      </Button>
    </Popconfirm>
  );
}

export function ReminderRulesPanel({ scope }: { scope: ReminderScope }) {
  const t = useT(NOTIFICATION_MESSAGES);
  const list = useReminderRules(scope);
  const [editing, setEditing] = useState<TReminderRules | null>(null);

  if (list.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const mayChange = list.data.abilities.change;

  return (
    <>
      <Typography.Paragraph type="secondary">{t('reminders.intro')}</Typography.Paragraph>
      {!mayChange && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('reminders.readOnly')} />}
      <List
        itemLayout="vertical"
        dataSource={list.data.items}
        locale={{ emptyText: t('reminders.empty') }}
        renderItem={(rules) => (
          <List.Item key={rules.source} data-source={rules.source}>
            <Space wrap size={8} style={{ marginBottom: 8 }}>
              <Typography.Text strong>{rules.label}</Typography.Text>
              {rules.isDefault ? <Tag>{t('reminders.isDefault')}</Tag> : <Tag color="blue">{t('reminders.isOwn')}</Tag>}
            </Space>
            {/* Plain lines rather than a Descriptions, which pages that hold this panel use for their record. */}
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              <Typography.Text type="secondary">{t('reminders.current')}</Typography.Text>
              {describeOffsets(rules.offsetsDays, t)}
            </Typography.Paragraph>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              <Typography.Text type="secondary">{t('reminders.defaults')}</Typography.Text>
              {describeOffsets(rules.defaultOffsetsDays, t)}
            </Typography.Paragraph>
            {mayChange && (
              <Space wrap style={{ marginTop: 8 }}>
                <Button icon={<EditOutlined />} onClick={() => setEditing(rules)}>
                  {t('reminders.edit')}
                </Button>
                <RestoreButton scope={scope} rules={rules} />
              </Space>
            )}
          </List.Item>
        )}
      />
      {editing && <ReminderOffsetsModal scope={scope} rules={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
