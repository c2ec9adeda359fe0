/** The header's bell: the unread count, and on click the latest messages with a way to the inbox. */
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Divider, Empty, Flex, Popover, Spin } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../../app/i18n';
import { useInbox, useUnreadCount } from '../hooks/use-notifications';
import { NOTIFICATION_MESSAGES } from '../messages';
import { InboxItemRow } from './InboxItemRow';

const LATEST = 5;

function LatestMessages({ onNavigate }: { onNavigate: () => void }) {
  const t = useT(NOTIFICATION_MESSAGES);
  const latest = useInbox({ unread: false }, LATEST);
  const items = latest.data?.pages[0]?.items ?? [];
  return (
    <div style={{ width: 'min(360px, calc(100vw - 32px))' }}>
      {latest.isPending ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bell.empty')} />
      ) : (
        <Flex vertical gap={12}>
          {items.map((item) => (
            <InboxItemRow key={item.id} item={item} compact onOpened={onNavigate} />
          ))}
        </Flex>
      )}
      <Divider style={{ margin: '12px 0 8px' }} />
      <Flex justify="space-between">
        <Link to="/notifications" onClick={onNavigate}>
          {t('bell.all')}
        </Link>
        <Link to="/notifications/settings" onClick={onNavigate}>
          {t('bell.settings')}
        </Link>
      </Flex>
    </div>
  );
}

export function NotificationBell() {
  const t = useT(NOTIFICATION_MESSAGES);
  const [open, setOpen] = useState(false);
  const count = useUnreadCount().data?.unread ?? 0;
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={t('bell.title')}
      content={open ? <LatestMessages onNavigate={() => setOpen(false)} /> : null}
    >
      <Button
        type="text"
        aria-label={t('bell.label', { count })}
        icon={
          <Badge count={count} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
