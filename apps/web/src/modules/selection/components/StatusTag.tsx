import { Tag } from 'antd';
import { useT } from '../../../app/i18n';
import { SELECTION_MESSAGES } from '../messages';

const COLORS: Record<string, string> = { draft: 'default', submitted: 'blue', returned: 'orange' };

/** The status of an application, as a coloured tag (a call shows its phase: CallPhaseTag). */
export function StatusTag({ status }: { status: 'draft' | 'submitted' | 'returned' }) {
  const t = useT(SELECTION_MESSAGES);
  return <Tag color={COLORS[status]}>{t(`status.${status}`)}</Tag>;
}
