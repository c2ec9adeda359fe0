import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { CHANGE_PASSWORD_PATH, TOTP_PATH } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import { ACCOUNT_MESSAGES } from '../messages';

/** The two account pages share one heading; the tabs switch between their addresses. */
export function AccountTabs() {
  const t = useT(ACCOUNT_MESSAGES);
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <Tabs
      activeKey={location.pathname}
      onChange={(key) => navigate(key)}
      items={[
        { key: CHANGE_PASSWORD_PATH, label: t('account.tab.password') },
        { key: TOTP_PATH, label: t('account.tab.security') },
      ]}
    />
  );
}
