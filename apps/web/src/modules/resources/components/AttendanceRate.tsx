/** A student's attendance rate with how many sessions, flagged when below the published threshold. */
import type { TAttendanceSummary } from '@chanjiao/contracts/resources/index';
import { Tag } from 'antd';
import { useT } from '../../../app/i18n';
import { COURSE_OPERATIONS_MESSAGES } from '../course-operations-messages';

export function AttendanceRate({ summary }: { summary: TAttendanceSummary | null }) {
  const t = useT(COURSE_OPERATIONS_MESSAGES);
  if (!summary?.display) return <>—</>;
  return (
    <span>
      {summary.display} <small>{t('attendance.of', { attended: summary.attended, marked: summary.marked })}</small>
      {summary.belowThreshold && <Tag color="red">{t('attendance.below')}</Tag>}
    </span>
  );
}
