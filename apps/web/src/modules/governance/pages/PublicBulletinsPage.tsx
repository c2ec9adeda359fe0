/**
 * The public bulletin page (no sign-in): published issues, newest first. Opening one counts a view and the
 * share button counts a share (附件3 四(二)3: 点击量、转发量).
 */
import { DownloadOutlined, ShareAltOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Layout, List, Modal, Skeleton, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch';
import { QueryError } from '../../../app/components/QueryError';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { BULLETIN_MESSAGES } from '../bulletins-messages';
import { BulletinArticle } from '../components/BulletinArticle';
import { usePublicBulletin, usePublicBulletins, useShareBulletin } from '../hooks/bulletins-api';

function BulletinReader({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT(BULLETIN_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const bulletin = usePublicBulletin(id);
  const share = useShareBulletin();
  const shareLink = () => {
    const link = `${window.location.origin}/public/bulletins?id=${id}`;
    share.mutate(id, {
      onSuccess: () => {
        void navigator.clipboard?.writeText(link).catch(() => undefined);
        void message.success(t('public.shared'));
      },
      onError: (error) => reportError(error),
    });
  };
  return (
    <Modal
      open
      width={820}
      onCancel={onClose}
      footer={
        <Space>
          <Button icon={<ShareAltOutlined />} onClick={shareLink} loading={share.isPending}>
            {t('public.share')}
          </Button>
          <Button icon={<DownloadOutlined />} href={`/api/public/bulletins/${id}/docx`}>
            {t('docx')}
          </Button>
        </Space>
      }
    >
      {bulletin.isPending && <Skeleton active />}
      {bulletin.isError && <QueryError error={bulletin.error} onRetry={bulletin.refetch} />}
      {bulletin.data && <BulletinArticle bulletin={bulletin.data} />}
    </Modal>
  );
}

export default function PublicBulletinsPage() {
  const t = useT(BULLETIN_MESSAGES);
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const openId = params.get('id');
  const list = usePublicBulletins(page);
  const setParam = (key: string, value: string | null) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value === null) next.delete(key);
      else next.set(key, value);
      return next;
    });

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Content style={{ maxWidth: 960, width: '100%', margin: '0 auto', padding: 24 }}>
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
          <div>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {t('public.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('public.subtitle')}</Typography.Text>
          </div>
          <Space>
            <LanguageSwitch />
            <Button href="/login">{t('public.signIn')}</Button>
          </Space>
        </Flex>
        {list.isError && <QueryError error={list.error} onRetry={list.refetch} />}
        <Card>
          <List
            loading={list.isPending}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: <Empty description={t('public.empty')} /> }}
            pagination={{ current: page, pageSize: 10, total: list.data?.total ?? 0, onChange: (next) => setParam('page', String(next)) }}
            renderItem={(bulletin) => (
              <List.Item
                actions={[
                  <Button key="read" type="link" onClick={() => setParam('id', bulletin.id)}>
                    {t('public.read')}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={`${bulletin.issueNumber ? `${t('issue', { number: bulletin.issueNumber })} ` : ''}${bulletin.subject}`}
                  description={`${bulletin.bodyName} · ${bulletin.org.name} · ${bulletin.issuedOn ?? ''} · ${t('public.views', { count: bulletin.viewCount })} · ${t('public.shares', { count: bulletin.shareCount })}`}
                />
              </List.Item>
            )}
          />
        </Card>
        {openId && <BulletinReader id={openId} onClose={() => setParam('id', null)} />}
      </Layout.Content>
    </Layout>
  );
}
