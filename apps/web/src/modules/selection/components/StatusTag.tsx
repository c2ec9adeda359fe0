import { Tag } from 'antd';
import { useT } from '../../../app/i18n';
import { SELECTION_MESSAGES } from '../messages';

const COLORS: Record<string, string> = { draft: 'default', open: 'green', closed: 'default', submitted: 'blue', returned: 'orange' };

/** The status of a call or an application, as a coloured tag. */
export function StatusTag({ status }: { status: 'draft' | 'open' | 'closed' | 'submitted' | 'returned' }) {
  const t = useT(SELECTION_MESSAGES);
  return <Tag color={COLORS[status]}>{t(`status.${status}`)}</Tag>;
}
