/** The cycle form's values → the API's ZCycleInput: units picked per level, the outline one chapter per line. */
import { REPORT_LEVEL_NAMES, type ReportLevel, type TCycleInput } from '@chanjiao/contracts/reports/index';

export interface CycleFormValues {
  authorityOrgId: string;
  reportYear: number;
  title: string;
  noticeNumber?: string;
  levels: ReportLevel[];
  units: Partial<Record<ReportLevel, string[]>>;
  deadlines: TCycleInput['deadlines'];
  outlineText: string;
}

export function cyclePayload(values: CycleFormValues): TCycleInput {
  const levels = REPORT_LEVEL_NAMES.filter((level) => values.levels?.includes(level));
  return {
    authorityOrgId: values.authorityOrgId,
    reportYear: values.reportYear,
    title: values.title,
    noticeNumber: values.noticeNumber?.trim() ? values.noticeNumber.trim() : undefined,
    levels,
    reportingUnits: levels.flatMap((level) => (values.units?.[level] ?? []).map((orgId) => ({ orgId, level }))),
    deadlines: values.deadlines,
    outline: (values.outlineText ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

/** Server paths of the payload → the form's names (outline.2 → outlineText; reportingUnits → the level's picker). */
export function cycleFieldName(path: string): (string | number)[] {
  if (path.startsWith('outline')) return ['outlineText'];
  if (path.startsWith('reportingUnits')) return ['levels'];
  return path.split('.');
}
