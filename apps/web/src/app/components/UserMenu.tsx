/**
 * The signed-in user in the header: name, roles (with the organisation or body they apply to), account, sign-out.
 * On a phone all of it (and the language switch) folds behind one button, so the header stays one line.
 */
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { ROLES } from '@chanjiao/contracts/permissions';
import type { TMe } from '@chanjiao/contracts/auth';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Flex from 'antd/es/flex';
import Popover from 'antd/es/popover';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import { useNavigate } from 'react-router-dom';
import { useLogout, useSession } from '../auth';
import { useBilingual, useT } from '../i18n';
import { APP_MESSAGES } from '../messages';
import { LanguageSwitch } from './LanguageSwitch';

const SHOWN_ROLES = 2;

function useRoleNames(): (grant: TMe['roles'][number]) => string {
  const bilingual = useBilingual();
  return (grant) => {
    const role = ROLES[grant.role as keyof typeof ROLES];
    const name = role ? bilingual(role.label) : grant.role;
    return grant.scopeName ? `${name} · ${grant.scopeName}` : name;
  };
}

export function UserMenu({ compact = false }: { compact?: boolean }) {
  const me = useSession();
  const t = useT(APP_MESSAGES);
  const roleName = useRoleNames();
  const navigate = useNavigate();
  const logout = useLogout();
  const { message } = App.useApp();
  const roleNames = me.roles.map(roleName);
  const shown = roleNames.slice(0, SHOWN_ROLES);
  const hidden = roleNames.slice(SHOWN_ROLES);

  const signOut = async () => {
    // Even if the server call fails the local session view is dropped; the server session expires by itself.
    await logout.mutateAsync().catch(() => undefined);
    void navigate('/login', { replace: true });
    void message.success(t('header.loggedOut'));
  };
  const accountButton = (
    <Button type="text" icon={<UserOutlined />} onClick={() => navigate('/account')}>
      {t('header.account')}
    </Button>
  );
  const logoutButton = (
    <Button type="text" icon={<LogoutOutlined />} loading={logout.isPending} onClick={() => void signOut()}>
      {t('header.logout')}
    </Button>
  );

  if (compact) {
    const panel = (
      <Flex vertical gap={8} align="flex-start" style={{ maxWidth: 280 }}>
        <Typography.Text strong>{me.user.displayName}</Typography.Text>
        <Flex gap={4} wrap>
          {roleNames.map((name) => (
            <Tag key={name} color="blue" style={{ marginInlineEnd: 0 }}>
              {name}
            </Tag>
          ))}
        </Flex>
        <LanguageSwitch />
        {accountButton}
        {logoutButton}
      </Flex>
    );
    return (
      <Popover content={panel} trigger="click" placement="bottomRight">
        <Button type="text" icon={<UserOutlined />} aria-label={t('header.user')} />
      </Popover>
    );
  }

  return (
    <Flex align="center" gap={8} style={{ minWidth: 0 }}>
      <Typography.Text strong ellipsis style={{ whiteSpace: 'nowrap', maxWidth: 200 }} title={me.user.displayName}>
        {me.user.displayName}
      </Typography.Text>
      <Flex gap={4} wrap style={{ maxWidth: 420 }}>
        {shown.map((name) => (
          <Tag key={name} color="blue" style={{ marginInlineEnd: 0 }}>
            {name}
          </Tag>
        ))}
        {hidden.length > 0 && (
          <Tooltip title={hidden.join('、')}>
            <Tag style={{ marginInlineEnd: 0 }}>+{hidden.length}</Tag>
          </Tooltip>
        )}
      </Flex>
      {accountButton}
      {logoutButton}
    </Flex>
  );
}
