/**
 * Coverage of a cycle (docs/sources.md §9 Q1; 上海年报 6.4: “53 所普通全日制中职学校全部完成质量年度报告编制工作，覆盖率 100%”):
 * how many reports of each level are submitted and approved, and who is late — a report is late for a stage when
 * the stage's deadline (a Shanghai date, the whole day included) has passed and the report has not got beyond it.
 * Publication (上海年报: “市级、区级、校级年报分别在各自官方网站面向社会发布，覆盖率 100%”) counts a report with a live
 * publication (publication/), and the publish stage is late when its deadline passed unpublished.
 */
import { type ReportLevel, type ReportStage, REPORT_STAGE_NAMES, type ReportStatus, type TReportDeadlines } from '@chanjiao/contracts';

const REACHED: Record<Exclude<ReportStage, 'publish'>, ReportStatus[]> = {
  submit: ['submitted', 'reviewed', 'approved'],
  review: ['reviewed', 'approved'],
  approve: ['approved'],
};

/** Where a report stands: its status in the chain and whether it is published now. */
export interface ReportProgress {
  status: ReportStatus;
  published: boolean;
}

function reached(stage: ReportStage, report: ReportProgress): boolean {
  return stage === 'publish' ? report.published && report.status === 'approved' : REACHED[stage].includes(report.status);
}

export function lateStage(report: ReportProgress, deadlines: TReportDeadlines, today: string): ReportStage | null {
  return REPORT_STAGE_NAMES.find((stage) => today > deadlines[stage] && !reached(stage, report)) ?? null;
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
  reports: (ReportProgress & { level: ReportLevel })[],
  deadlines: TReportDeadlines,
  today: string,
): CoverageCounts[] {
  return levels.map((level) => {
    const mine = reports.filter((r) => r.level === level);
    return {
      level,
      participants: mine.length,
      submitted: mine.filter((r) => reached('submit', r)).length,
      approved: mine.filter((r) => reached('approve', r)).length,
      published: mine.filter((r) => reached('publish', r)).length,
      late: mine.filter((r) => lateStage(r, deadlines, today) !== null).length,
    };
  });
}
