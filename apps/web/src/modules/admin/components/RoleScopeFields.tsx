/**
 * A role and, when the role applies to an organisation or body, which one. Used inside a Form whose values
 * carry `role` and `scopeId`, for new accounts and for assigning roles later.
 */
import type { TRoleAssignment } from '@chanjiao/contracts/accounts';
import { type Role, ROLES } from '@chanjiao/contracts/permissions';
import { Form, Select } from 'antd';
import { useLocale, useT } from '../../../app/i18n';
import { roleLabel } from '../role-labels';
import { type RoleGroup, roleChoices } from '../role-options';
import { ADMIN_MESSAGES, type AdminMessageKey } from '../messages';
import { ScopeSelect } from './ScopeSelect';

export interface RoleScopeValues {
  role?: Role;
  scopeId?: string;
}

const GROUP_LABELS: Record<RoleGroup, AdminMessageKey> = {
  admin: 'roles.group.admin',
  org: 'roles.group.org',
  body: 'roles.group.body',
  system: 'roles.group.system',
};

interface RoleScopeFieldsProps {
  /** Roles the account already holds; administrator roles that would clash are shown but not offered. */
  held: readonly Pick<TRoleAssignment, 'role'>[];
  /** A new account may get no role at all. */
  optional?: boolean;
}

export function RoleScopeFields({ held, optional = false }: RoleScopeFieldsProps) {
  const t = useT(ADMIN_MESSAGES);
  const locale = useLocale();
  const form = Form.useFormInstance<RoleScopeValues>();
  const role = Form.useWatch('role', form);
  const scope = role ? ROLES[role].scope : 'system';

  const options = roleChoices(held).map(({ group, choices }) => ({
    label: t(GROUP_LABELS[group]),
    title: t(GROUP_LABELS[group]),
    options: choices.map(({ role: choice, clashesWith }) => ({
      value: choice,
      disabled: clashesWith !== null,
      label: clashesWith
        ? `${roleLabel(choice, locale)}（${t('roles.clash', { held: roleLabel(clashesWith, locale) })}）`
        : roleLabel(choice, locale),
    })),
  }));

  return (
    <>
      <Form.Item<RoleScopeValues>
        name="role"
        label={t('field.role')}
        rules={optional ? [] : [{ required: true, message: t('form.choose', { field: t('field.role') }) }]}
      >
        <Select<Role>
          allowClear={optional}
          options={options}
          placeholder={t('form.choose', { field: t('field.role') })}
          // A different role may apply to a different kind of scope.
          onChange={() => form.setFieldValue('scopeId', undefined)}
        />
      </Form.Item>
      {scope !== 'system' && (
        <Form.Item<RoleScopeValues>
          key={scope}
          name="scopeId"
          label={t(scope === 'org' ? 'field.org' : 'field.body')}
          extra={t('create.role.extra')}
          rules={[{ required: true, message: t('form.choose', { field: t(scope === 'org' ? 'field.org' : 'field.body') }) }]}
        >
          <ScopeSelect kind={scope} />
        </Form.Item>
      )}
    </>
  );
}
