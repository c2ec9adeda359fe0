import { AUDIT_OUTCOMES, type AuditOutcomeName } from '@chanjiao/contracts/audit';
import { Tag } from 'antd';
import { useBilingual } from '../../../app/i18n';

const COLORS: Record<AuditOutcomeName, string> = { success: 'green', denied: 'orange', failure: 'red' };

export function OutcomeTag({ outcome }: { outcome: AuditOutcomeName }) {
  const bilingual = useBilingual();
  return <Tag color={COLORS[outcome]}>{bilingual(AUDIT_OUTCOMES[outcome])}</Tag>;
}
