/**
 * One role's permissions grouped by duty, read-only until "edit". The server decides what 三权分立 allows;
 * its refusal (in the user's language) is shown right here, above the ticks that caused it.
 */
import { LockOutlined } from '@ant-design/icons';
import type { TRoleInfo } from '@chanjiao/contracts/accounts';
import type { Permission } from '@chanjiao/contracts/permissions';
import { Alert, App, Button, Checkbox, Flex, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../app/api';
import { useReportError } from '../../../app/forms';
import { useT } from '../../../app/i18n';
import { useSaveRolePermissions } from '../hooks/use-roles';
import { SECURITY_MESSAGES } from '../messages';
import { grantChange, groupByDuty, isUnchanged, type PermissionEntry, withGroupTicks } from '../permission-groups';

interface RolePermissionsPanelProps {
  info: TRoleInfo;
  catalogue: PermissionEntry[];
  mayEdit: boolean;
}

export function RolePermissionsPanel({ info, catalogue, mayEdit }: RolePermissionsPanelProps) {
  const t = useT(SECURITY_MESSAGES);
  const { message } = App.useApp();
  const reportError = useReportError();
  const save = useSaveRolePermissions(info.role);
  const [draft, setDraft] = useState<Permission[] | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const editing = draft !== null;
  const shown = draft ?? info.permissions;
  const change = grantChange(info.permissions, shown);

  const stopEditing = () => {
    setDraft(null);
    setRefusal(null);
  };

  const submit = () => {
    if (!draft || isUnchanged(change)) {
      void message.info(t('roles.unchanged'));
      stopEditing();
      return;
    }
    save.mutate(draft, {
      onSuccess: (saved) => {
        void message.success(t('roles.saved', { role: saved.label }));
        stopEditing();
      },
      onError: (error) => {
        // A refusal of the grants themselves (三权分立, essential permission) stays beside them until corrected.
        if (isApiError(error) && error.status >= 400 && error.status < 500 && !error.sessionEnded) setRefusal(error.message);
        else reportError(error);
      },
    });
  };

  const optionLabel = (entry: PermissionEntry) =>
    info.essential.includes(entry.name) ? (
      <Tooltip title={t('roles.essential.hint')}>
        {entry.label} <LockOutlined aria-label={t('roles.essential')} />
      </Tooltip>
    ) : (
      entry.label
    );

  return (
    <Flex vertical gap={12}>
      {refusal && (
        <Alert type="error" showIcon title={t('roles.refused')} description={refusal} closable onClose={() => setRefusal(null)} />
      )}
      {groupByDuty(catalogue).map((group) => (
        <div key={group.duty}>
          <Typography.Text strong>{t(`duty.${group.duty}`)}</Typography.Text>
          <Checkbox.Group<Permission>
            style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', marginTop: 4 }}
            value={shown.filter((permission) => group.permissions.some((entry) => entry.name === permission))}
            onChange={(ticked) => {
              setRefusal(null);
              setDraft(withGroupTicks(catalogue, shown, group, ticked));
            }}
            options={group.permissions.map((entry) => ({
              value: entry.name,
              label: optionLabel(entry),
              // An essential permission cannot be dropped; the server would refuse it (ROLE_PERMISSION_ESSENTIAL).
              disabled: !editing || (info.essential.includes(entry.name) && shown.includes(entry.name)),
            }))}
          />
        </div>
      ))}
      {mayEdit && (
        <Flex gap={8} align="center">
          {editing ? (
            <>
              <Button type="primary" loading={save.isPending} onClick={submit}>
                {t('roles.save')}
              </Button>
              <Button onClick={stopEditing}>{t('roles.cancel')}</Button>
              {!isUnchanged(change) && (
                <Typography.Text type="secondary">
                  {t('roles.pending', { added: change.added.length, removed: change.removed.length })}
                </Typography.Text>
              )}
            </>
          ) : (
            <Button onClick={() => setDraft(info.permissions)}>{t('roles.edit')}</Button>
          )}
        </Flex>
      )}
    </Flex>
  );
}
