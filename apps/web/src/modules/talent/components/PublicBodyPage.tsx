/** The frame of a body's public talent pages (lists, reports): the body's name, a subtitle, links, sign-in. */
import { Button, Flex, Layout, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../../app/components/LanguageSwitch';
import { useT } from '../../../app/i18n';
import { LIST_MESSAGES } from '../lists-messages';

export function PublicBodyPage(props: { title: string; subtitle: string; links?: ReactNode; children: ReactNode }) {
  const t = useT(LIST_MESSAGES);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Content style={{ maxWidth: 1100, width: '100%', margin: '0 auto', padding: 16 }}>
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
          <div>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {props.title}
            </Typography.Title>
            <Typography.Text type="secondary">{props.subtitle}</Typography.Text>
          </div>
          <Space wrap>
            {props.links}
            <LanguageSwitch />
            <Button href="/login">{t('public.signIn')}</Button>
          </Space>
        </Flex>
        {props.children}
      </Layout.Content>
    </Layout>
  );
}
