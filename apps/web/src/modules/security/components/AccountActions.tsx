/**
 * Unlock (when sign-in failures hold a lock), second-factor reset (when one is enrolled) and password reset,
 * each confirmed first.
 */
import type { TSecurityAccount } from '@chanjiao/contracts/accounts';
import { App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { useReportError } from '../../../app/forms';
import { FileAdminRequestModal } from '../../approvals';
import { useT } from '../../../app/i18n';
import { useResetSecondFactor, useUnlockAccount } from '../hooks/use-security-accounts';
import { SECURITY_MESSAGES } from '../messages';
import { ResetPasswordModal } from './ResetPasswordModal';

export function AccountActions({ account }: { account: TSecurityAccount }) {
  const t = useT(SECURITY_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const unlock = useUnlockAccount();
  const reset = useResetSecondFactor();
  const username = account.username;
  const [resettingPassword, setResettingPassword] = useState(false);
  // An administrator's reset needs another duty's approval (two-person rule): it is filed, not done.
  const [requesting, setRequesting] = useState<'password_reset' | 'totp_reset' | null>(null);

  return (
    <Flex gap={4} wrap>
      {(account.locked || account.recentFailures > 0) && (
        <Popconfirm
          title={t('unlock.confirm', { username })}
          onConfirm={() =>
            unlock.mutateAsync(account.id).then(
              () => void message.success(t('unlock.done', { username })),
              (error: unknown) => reportError(error),
            )
          }
        >
          <Button type="link" size="small" loading={unlock.isPending && unlock.variables === account.id}>
            {t('unlock.action')}
          </Button>
        </Popconfirm>
      )}
      {account.totpEnabled && account.isAdministrator && (
        <Button type="link" size="small" danger onClick={() => setRequesting('totp_reset')}>
          {t('resetTotp.action')}
        </Button>
      )}
      {account.totpEnabled && !account.isAdministrator && (
        <Popconfirm
          title={t('resetTotp.confirm', { username })}
          okButtonProps={{ danger: true }}
          styles={{ root: { maxWidth: 420 } }}
          onConfirm={() =>
            reset.mutateAsync(account.id).then(
              () => void message.success(t('resetTotp.done', { username })),
              (error: unknown) => reportError(error),
            )
          }
        >
          <Button type="link" size="small" danger loading={reset.isPending && reset.variables === account.id}>
            {t('resetTotp.action')}
          </Button>
        </Popconfirm>
      )}
      <Button
        type="link"
        size="small"
        danger
        onClick={() => (account.isAdministrator ? setRequesting('password_reset') : setResettingPassword(true))}
      >
        {t('resetPassword.action')}
      </Button>
      {resettingPassword && <ResetPasswordModal account={account} open onClose={() => setResettingPassword(false)} />}
      {requesting && <FileAdminRequestModal kind={requesting} account={account} open onClose={() => setRequesting(null)} />}
    </Flex>
  );
}
