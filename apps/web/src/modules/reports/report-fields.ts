/** The form's fields per section as the page lays them out, and which of them hold amounts (two decimals). */
import { REPORT_SECTIONS, type ReportSection, type TReportData, type TReportProblem } from '@chanjiao/contracts/reports/index';

export const AMOUNT_FIELDS = new Set([
  'equipmentValue',
  'equipmentValueIncrease',
  'startingWage',
  'fundingPerStudent',
  'specialFunding',
  'exchangeHoursSent',
  'exchangeHoursReceived',
]);

export const SECTION_NAMES = Object.keys(REPORT_SECTIONS) as ReportSection[];

/** The number fields of a section, in the contract's order (lists such as 开放实训中心 are laid out apart). */
export function numberFields(data: TReportData, section: ReportSection): string[] {
  return Object.entries(data[section])
    .filter(([, value]) => !Array.isArray(value))
    .map(([field]) => field);
}

/** The server's problems by field path ("teachers.dualQualifiedTeachers"). */
export function problemsByField(problems: TReportProblem[]): Map<string, TReportProblem['message'][]> {
  const map = new Map<string, TReportProblem['message'][]>();
  for (const problem of problems) {
    const key = problem.path.join('.');
    map.set(key, [...(map.get(key) ?? []), problem.message]);
  }
  return map;
}

/** Pending field comments of a reviewer → the API's list, leaving out the ones still empty. */
export function fieldCommentList(comments: Record<string, string>): { path: string; comment: string }[] {
  return Object.entries(comments)
    .filter(([, comment]) => comment.trim().length > 0)
    .map(([path, comment]) => ({ path, comment: comment.trim() }));
}
