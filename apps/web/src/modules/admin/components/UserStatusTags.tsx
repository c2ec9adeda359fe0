/** Whether an account may sign in, and what it still has to do (change the initial password, enrol a second factor). */
import type { TUser } from '@chanjiao/contracts/accounts';
import { Flex, Tag } from 'antd';
import { useT } from '../../../app/i18n';
import { ADMIN_MESSAGES } from '../messages';

export function UserStatusTags({ user }: { user: Pick<TUser, 'disabled' | 'mustChangePassword' | 'totpEnabled'> }) {
  const t = useT(ADMIN_MESSAGES);
  return (
    <Flex gap={4} wrap>
      {user.disabled ? <Tag color="red">{t('status.disabled')}</Tag> : <Tag color="green">{t('status.active')}</Tag>}
      {user.mustChangePassword && <Tag color="orange">{t('status.mustChangePassword')}</Tag>}
      {user.totpEnabled && <Tag color="blue">{t('status.totp')}</Tag>}
    </Flex>
  );
}
