/** The frame of every signed-in page: the permission-filtered menu, the header, notices, and the page itself. */
import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import Button from 'antd/es/button';
import Flex from 'antd/es/flex';
import Layout from 'antd/es/layout';
import Menu, { type MenuProps } from 'antd/es/menu';
import Spin from 'antd/es/spin';
import theme from 'antd/es/theme';
import Typography from 'antd/es/typography';
import { useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate, useNavigation } from 'react-router-dom';
import { useSession } from './auth';
import { LanguageSwitch } from './components/LanguageSwitch';
import { DemoTotpBanner, demoMaySkipTotp, mustEnrolTotp, TotpRequiredNotice } from './components/SessionNotices';
import { UserMenu } from './components/UserMenu';
import { NotificationBell } from '../modules/notifications/components/NotificationBell';
import { type Translate, useT } from './i18n';
import { activeMenuEntry, MENU, type MenuEntry, visibleMenu } from './menu';
import { APP_MESSAGES, type AppMessageKey } from './messages';

type MenuItem = Required<MenuProps>['items'][number];

function toMenuItems(entries: MenuEntry[], t: Translate<AppMessageKey>): MenuItem[] {
  return entries.map((entry) =>
    entry.children
      ? { key: entry.key, icon: entry.icon, label: t(entry.label), children: toMenuItems(entry.children, t) }
      : { key: entry.key, icon: entry.icon, label: t(entry.label) },
  );
}

export function AppLayout() {
  const me = useSession();
  const t = useT(APP_MESSAGES);
  const location = useLocation();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(false);

  const entries = useMemo(() => visibleMenu(MENU, me.permissions), [me.permissions]);
  const items = useMemo(() => toMenuItems(entries, t), [entries, t]);
  const active = activeMenuEntry(entries, location.pathname);
  // Pages under /account stay reachable: they are where the user enrols the second factor.
  const blocked = mustEnrolTotp(me) && !location.pathname.startsWith('/account');

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        trigger={null}
        breakpoint="lg"
        width={220}
        // The menu stays in view while long pages scroll.
        style={{ position: 'sticky', top: 0, height: '100vh', overflowY: 'auto' }}
      >
        <Link to="/" aria-label={t('app.fullName')} style={{ display: 'flex', alignItems: 'center', gap: 10, padding: '16px 20px' }}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          {!collapsed && (
            <Typography.Text strong ellipsis style={{ color: '#fff', fontSize: 17 }}>
              {t('app.name')}
            </Typography.Text>
          )}
        </Link>
        <Menu
          theme="dark"
          mode="inline"
          items={items}
          selectedKeys={active ? [active.key] : []}
          defaultOpenKeys={active?.parent ? [active.parent] : []}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            paddingInline: 16,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            position: 'sticky',
            top: 0,
            zIndex: 10,
            lineHeight: 'normal',
          }}
        >
          <Flex align="center" justify="space-between" style={{ height: '100%' }} gap={12}>
            <Flex align="center" gap={12}>
              <Button
                type="text"
                aria-label={t(collapsed ? 'menu.expand' : 'menu.collapse')}
                icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                onClick={() => setCollapsed(!collapsed)}
              />
              {/* A page's code is fetched on first visit; show that something is happening. */}
              {navigation.state === 'loading' && <Spin size="small" />}
            </Flex>
            <Flex align="center" gap={16}>
              <NotificationBell />
              <LanguageSwitch />
              <UserMenu />
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          {demoMaySkipTotp(me) && <DemoTotpBanner />}
          {blocked ? <TotpRequiredNotice /> : <Outlet />}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
