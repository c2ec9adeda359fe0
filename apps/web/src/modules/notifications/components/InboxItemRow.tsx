/** One message: unread mark, title, text, time; opening it marks it read and goes to its record. */
import type { TInboxItem } from '@chanjiao/contracts/notifications/inbox';
import { Badge, Button, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../../app/format';
import { useLocale, useT } from '../../../app/i18n';
import { useSetRead } from '../hooks/use-notifications';
import { NOTIFICATION_MESSAGES } from '../messages';

export function useOpenMessage(): (item: TInboxItem) => void {
  const navigate = useNavigate();
  const setRead = useSetRead();
  return (item) => {
    if (!item.read) setRead.mutate({ id: item.id, read: true });
    void navigate(item.link);
  };
}

export function InboxItemRow({ item, compact = false, onOpened }: { item: TInboxItem; compact?: boolean; onOpened?: () => void }) {
  const t = useT(NOTIFICATION_MESSAGES);
  const locale = useLocale();
  const open = useOpenMessage();
  const setRead = useSetRead();
  return (
    <Flex gap={10} align="flex-start" style={{ width: '100%', minWidth: 0 }}>
      <Badge status={item.read ? 'default' : 'processing'} title={item.read ? undefined : t('inbox.unreadDot')} style={{ marginTop: 6 }} />
      <div style={{ flex: 1, minWidth: 0 }}>
        <Typography.Link
          onClick={() => {
            open(item);
            onOpened?.();
          }}
          strong={!item.read}
          style={{ display: 'block', color: 'inherit' }}
        >
          {item.title}
        </Typography.Link>
        <Typography.Paragraph type="secondary" ellipsis={{ rows: compact ? 1 : 2 }} style={{ margin: 0 }}>
          {item.body}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(item.createdAt, locale)}
        </Typography.Text>
      </div>
      {!compact && (
        <Button size="small" type="link" loading={setRead.isPending} onClick={() => setRead.mutate({ id: item.id, read: !item.read })}>
          {item.read ? t('inbox.markUnread') : t('inbox.markRead')}
        </Button>
      )}
    </Flex>
  );
}
