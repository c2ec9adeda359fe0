/**
 * Where a call stands, as one tag: 草稿, 征集中, 已截止 or 结果已公示. The phase comes from the server, which reads the
 * deadline on its own clock, so a call is never 征集中 on one page and 已截止 on another.
 */
import { CALL_PHASES, type CallPhase } from '@chanjiao/contracts/selection/index';
import { Tag } from 'antd';
import { useBilingual } from '../../../app/i18n';

const COLORS: Record<CallPhase, string> = { draft: 'default', open: 'green', closed: 'orange', published: 'blue' };

export function CallPhaseTag({ phase }: { phase: CallPhase }) {
  const bilingual = useBilingual();
  return <Tag color={COLORS[phase]}>{bilingual(CALL_PHASES[phase])}</Tag>;
}
