/**
 * The frame of every signed-in page: the permission-filtered menu, the header, notices, and the page itself.
 * On a phone (below antd's `md`) the menu opens as a drawer and the header keeps to one line.
 */
import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import Button from 'antd/es/button';
import Drawer from 'antd/es/drawer';
import Flex from 'antd/es/flex';
import Layout from 'antd/es/layout';
import Menu, { type MenuProps } from 'antd/es/menu';
import Spin from 'antd/es/spin';
import theme from 'antd/es/theme';
import Typography from 'antd/es/typography';
import { useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate, useNavigation } from 'react-router-dom';
import { RequirePermission, useSession } from './auth';
import { LanguageSwitch } from './components/LanguageSwitch';
import { DemoTotpBanner, demoMaySkipTotp, mustEnrolTotp, TotpRequiredNotice } from './components/SessionNotices';
import { UserMenu } from './components/UserMenu';
import { NotificationBell } from '../modules/notifications/components/NotificationBell';
import { type Translate, useT } from './i18n';
import { activeMenuEntry, MENU, type MenuEntry, missingMenuPermission, visibleMenu } from './menu';
import { APP_MESSAGES, type AppMessageKey } from './messages';
import { useCompactScreen } from './use-compact-screen';

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
  const compact = useCompactScreen();
  const [drawerOpen, setDrawerOpen] = useState(false);

  const entries = useMemo(() => visibleMenu(MENU, me.permissions), [me.permissions]);
  const items = useMemo(() => toMenuItems(entries, t), [entries, t]);
  const active = activeMenuEntry(entries, location.pathname);
  // Pages under /account stay reachable: they are where the user enrols the second factor.
  const blocked = mustEnrolTotp(me) && !location.pathname.startsWith('/account');
  // A page opened by its address without the menu's permission shows one 403 page, not its buttons and errors.
  const missing = missingMenuPermission(location.pathname, me.permissions);
  const page = missing ? (
    <RequirePermission permission={missing}>
      <Outlet />
    </RequirePermission>
  ) : (
    <Outlet />
  );

  const logo = (
    <Link
      to="/"
      aria-label={t('app.fullName')}
      style={{ display: 'flex', alignItems: 'center', gap: 10, padding: compact ? 0 : '16px 20px' }}
    >
      <img src="/favicon.svg" alt="" width={28} height={28} />
      {!collapsed && !compact && (
        <Typography.Text strong ellipsis style={{ color: '#fff', fontSize: 17 }}>
          {t('app.name')}
        </Typography.Text>
      )}
    </Link>
  );
  const menu = (
    <Menu
      theme={compact ? 'light' : 'dark'}
      mode="inline"
      items={items}
      selectedKeys={active ? [active.key] : []}
      defaultOpenKeys={active?.parent ? [active.parent] : []}
      onClick={({ key }) => {
        setDrawerOpen(false);
        void navigate(key);
      }}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {compact ? (
        <Drawer
          placement="left"
          size={280}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={t('app.name')}
          styles={{ body: { padding: 0 } }}
        >
          {menu}
        </Drawer>
      ) : (
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
          {logo}
          {menu}
        </Layout.Sider>
      )}
      {/* min-width 0 lets the page shrink to the window instead of widening it to its widest table. */}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            paddingInline: compact ? 8 : 16,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            position: 'sticky',
            top: 0,
            zIndex: 10,
            lineHeight: 'normal',
          }}
        >
          <Flex align="center" justify="space-between" style={{ height: '100%' }} gap={compact ? 8 : 12}>
            <Flex align="center" gap={compact ? 8 : 12}>
              {compact ? (
                <Button type="text" aria-label={t('menu.open')} icon={<MenuOutlined />} onClick={() => setDrawerOpen(true)} />
              ) : (
                <Button
                  type="text"
                  aria-label={t(collapsed ? 'menu.expand' : 'menu.collapse')}
                  icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                  onClick={() => setCollapsed(!collapsed)}
                />
              )}
              {compact && logo}
              {/* A page's code is fetched on first visit; show that something is happening. */}
              {navigation.state === 'loading' && <Spin size="small" />}
            </Flex>
            <Flex align="center" gap={compact ? 4 : 16} style={{ minWidth: 0 }}>
              <NotificationBell />
              {!compact && <LanguageSwitch />}
              <UserMenu compact={compact} />
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: compact ? 12 : 24 }}>
          {demoMaySkipTotp(me) && <DemoTotpBanner />}
          {blocked ? <TotpRequiredNotice /> : page}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
