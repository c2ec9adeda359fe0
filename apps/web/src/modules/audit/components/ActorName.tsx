import type { TAuditEntry } from '@chanjiao/contracts/audit';
import { Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { AUDIT_MESSAGES } from '../messages';

/** Entries without a user were made by the platform itself (start-up, CLI) or before anyone signed in. */
export function ActorName({ entry }: { entry: Pick<TAuditEntry, 'actorUserId' | 'actorUsername'> }) {
  const t = useT(AUDIT_MESSAGES);
  if (entry.actorUsername === 'system' && !entry.actorUserId) {
    return <Typography.Text type="secondary">{t('actor.system')}</Typography.Text>;
  }
  if (!entry.actorUsername) return <Typography.Text type="secondary">{t('actor.anonymous')}</Typography.Text>;
  return <>{entry.actorUsername}</>;
}
