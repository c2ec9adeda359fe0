/**
 * Coverage of a cycle (SPEC §7 Q1; seed 004 6.4: “53 所普通全日制中职学校全部完成质量年度报告编制工作，覆盖率 100%”):
 * how many reports of each level are submitted and approved, and who is late — a report is late for a stage when
 * the stage's deadline (a Shanghai date, the whole day included) has passed and the report has not got beyond it.
 */
import type { ReportLevel, ReportStage, ReportStatus, TReportDeadlines } from '@chanjiao/contracts';

/** The stages whose lateness this slice can tell; publication is judged once reports are published. */
const JUDGED: Exclude<ReportStage, 'publish'>[] = ['submit', 'review', 'approve'];

const REACHED: Record<Exclude<ReportStage, 'publish'>, ReportStatus[]> = {
  submit: ['submitted', 'reviewed', 'approved'],
  review: ['reviewed', 'approved'],
  approve: ['approved'],
};

export function lateStage(status: ReportStatus, deadlines: TReportDeadlines, today: string): ReportStage | null {
  return JUDGED.find((stage) => today > deadlines[stage] && !REACHED[stage].includes(status)) ?? null;
}

export interface CoverageCounts {
  level: ReportLevel;
  participants: number;
  submitted: number;
  approved: number;
  published: number;
  late: number;
}

export function coverageByLevel(
  levels: ReportLevel[],
  reports: { level: ReportLevel; status: ReportStatus }[],
  deadlines: TReportDeadlines,
  today: string,
): CoverageCounts[] {
  return levels.map((level) => {
    const mine = reports.filter((r) => r.level === level);
    return {
      level,
      participants: mine.length,
      submitted: mine.filter((r) => REACHED.submit.includes(r.status)).length,
      approved: mine.filter((r) => r.status === 'approved').length,
      published: 0,
      late: mine.filter((r) => lateStage(r.status, deadlines, today) !== null).length,
    };
  });
}
