/** The frame of the public report pages (no sign-in): title, language and the way to sign in. */
import { Button, Flex, Layout, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch';
import { useT } from '../../../app/i18n';
import { PUBLICATION_MESSAGES } from '../publication-messages';

export function PublicFrame({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  const t = useT(PUBLICATION_MESSAGES);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Content style={{ maxWidth: 1100, width: '100%', margin: '0 auto', padding: 16 }}>
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
          <div>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
            {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
          </div>
          <Space>
            <LanguageSwitch />
            <Button href="/login">{t('public.signIn')}</Button>
          </Space>
        </Flex>
        {children}
      </Layout.Content>
    </Layout>
  );
}

/** A card title that wraps on a phone instead of being cut off (long report titles). */
export function WrappedTitle({ text }: { text: string }) {
  return <span style={{ whiteSpace: 'normal' }}>{text}</span>;
}
