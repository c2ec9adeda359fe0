/** Every signed-in user's inbox: all or unread, by module; open a message to go to its record. */
import { NOTIFICATION_MODULE_LABELS } from '@chanjiao/contracts/notifications/inbox';
import { NOTIFICATION_MODULES, type NotificationModule } from '@chanjiao/contracts/notifications/kind-definition';
import { App, Button, Card, Empty, Flex, List, Segmented, Select } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../app/components/PageHeader';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useBilingual, useT } from '../../../app/i18n';
import { InboxItemRow } from '../components/InboxItemRow';
import { useInbox, useMarkAllRead } from '../hooks/use-notifications';
import { NOTIFICATION_MESSAGES } from '../messages';

export default function InboxPage() {
  const t = useT(NOTIFICATION_MESSAGES);
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [unread, setUnread] = useState(false);
  const [module, setModule] = useState<NotificationModule | undefined>();
  const inbox = useInbox({ unread, module });
  const markAll = useMarkAllRead();
  const items = inbox.data?.pages.flatMap((page) => page.items) ?? [];

  const markAllRead = () =>
    markAll.mutate(module, {
      onSuccess: ({ updated }) => void message.success(t('inbox.markedAll', { count: updated })),
      onError: (error) => reportError(error),
    });

  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        subtitle={t('inbox.subtitle')}
        actions={
          <>
            <Link to="/notifications/settings">{t('bell.settings')}</Link>
            <Button onClick={markAllRead} loading={markAll.isPending}>
              {t('inbox.markAllRead')}
            </Button>
          </>
        }
      />
      <Card>
        <Flex wrap gap={12} style={{ marginBottom: 16 }}>
          <Segmented
            value={unread ? 'unread' : 'all'}
            onChange={(value) => setUnread(value === 'unread')}
            options={[
              { value: 'all', label: t('inbox.filter.all') },
              { value: 'unread', label: t('inbox.filter.unread') },
            ]}
          />
          <Select
            allowClear
            placeholder={t('inbox.filter.module')}
            value={module}
            onChange={setModule}
            style={{ minWidth: 160 }}
            options={NOTIFICATION_MODULES.map((value) => ({ value, label: bilingual(NOTIFICATION_MODULE_LABELS[value]) }))}
          />
        </Flex>
        {inbox.isError ? (
          <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} />
        ) : (
          <List
            loading={inbox.isPending}
            dataSource={items}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={unread ? t('inbox.emptyUnread') : t('inbox.empty')} />,
            }}
            renderItem={(item) => (
              <List.Item key={item.id}>
                <InboxItemRow item={item} />
              </List.Item>
            )}
          />
        )}
        {inbox.hasNextPage && (
          <Flex justify="center" style={{ marginTop: 16 }}>
            <Button onClick={() => void inbox.fetchNextPage()} loading={inbox.isFetchingNextPage}>
              {t('inbox.more')}
            </Button>
          </Flex>
        )}
      </Card>
    </>
  );
}
