import type { TRoleAssignment } from '@chanjiao/contracts/accounts';
import { Flex, Tag, Typography } from 'antd';
import { useLocale, useT } from '../../../app/i18n';
import { assignmentLabel } from '../role-labels';
import { ADMIN_MESSAGES } from '../messages';

/** An account's roles as tags, each with the organisation or body it applies to. */
export function RoleTags({ roles }: { roles: TRoleAssignment[] }) {
  const t = useT(ADMIN_MESSAGES);
  const locale = useLocale();
  if (roles.length === 0) return <Typography.Text type="secondary">{t('roles.none')}</Typography.Text>;
  return (
    <Flex gap={4} wrap>
      {roles.map((assignment) => (
        <Tag key={assignment.id} style={{ marginInlineEnd: 0 }}>
          {assignmentLabel(assignment, locale)}
        </Tag>
      ))}
    </Flex>
  );
}
