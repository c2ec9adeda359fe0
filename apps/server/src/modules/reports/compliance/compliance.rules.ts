/**
 * The results of the compliance evaluation (合规性评价, 上海年报 6.4: “五是实施‘合规性评价’制度，组织专家开展年报的质量
 * 评价”) by the published rule of COMPLIANCE_RULE_TEXT: each item takes the verdict most submitted sheets give, a tie going
 * to the stricter; any item not met fails the report, any finding leaves it compliant with findings, all met passes it.
 * The summary counts the results per level, as 上海年报 counts coverage per level (“53 所 … 覆盖率 100%”).
 */
import type { Bilingual, ComplianceItem, ComplianceResult, ComplianceVerdict, ReportLevel, ReportStatus } from '@chanjiao/contracts';

/** From the mildest to the strictest: a tie between verdicts goes to the later one. */
export const VERDICT_ORDER: ComplianceVerdict[] = ['met', 'finding', 'failed'];

export interface SheetVerdicts {
  items: { key: string; verdict: ComplianceVerdict | null }[];
}

export interface ItemResult {
  key: string;
  verdict: ComplianceVerdict | null;
  counts: Record<ComplianceVerdict, number>;
}

export function itemResult(key: string, sheets: SheetVerdicts[]): ItemResult {
  const counts: Record<ComplianceVerdict, number> = { met: 0, finding: 0, failed: 0 };
  for (const sheet of sheets) {
    const verdict = sheet.items.find((item) => item.key === key)?.verdict;
    if (verdict) counts[verdict] += 1;
  }
  const most = Math.max(...VERDICT_ORDER.map((v) => counts[v]));
  const verdict = most === 0 ? null : [...VERDICT_ORDER].reverse().find((v) => counts[v] === most)!;
  return { key, verdict, counts };
}

/** A report's result over its submitted sheets; pending until at least one is submitted. */
export function reportResult(itemKeys: string[], submitted: SheetVerdicts[]): { result: ComplianceResult; items: ItemResult[] } {
  const items = itemKeys.map((key) => itemResult(key, submitted));
  if (submitted.length === 0) return { result: 'pending', items };
  const verdicts = items.map((item) => item.verdict);
  const result: ComplianceResult = verdicts.includes('failed') ? 'failed' : verdicts.includes('finding') ? 'findings' : 'passed';
  return { result, items };
}

export interface SummaryRow {
  level: ReportLevel;
  participants: number;
  evaluated: number;
  passed: number;
  findings: number;
  failed: number;
  pending: number;
}

export function summaryByLevel(levels: ReportLevel[], reports: { level: ReportLevel; result: ComplianceResult }[]): SummaryRow[] {
  return levels.map((level) => {
    const mine = reports.filter((r) => r.level === level);
    const count = (result: ComplianceResult) => mine.filter((r) => r.result === result).length;
    return {
      level,
      participants: mine.length,
      evaluated: mine.length - count('pending'),
      passed: count('passed'),
      findings: count('findings'),
      failed: count('failed'),
      pending: count('pending'),
    };
  });
}

/** A report can be sent back to its unit once the experts' result holds findings or fails it. */
export function maySendBack(result: ComplianceResult): boolean {
  return result === 'findings' || result === 'failed';
}

export interface SheetItemInput {
  key: string;
  verdict: ComplianceVerdict | null;
  finding: string | null;
}

export interface SheetProblem {
  key: string;
  /** The field of the item the problem is on. */
  field: 'verdict' | 'finding';
  message: Bilingual;
}

/**
 * What a sheet needs before submission: a verdict on every item of its checklist; a finding for every verdict short of
 * “met”; and a finding wherever the expert departs from the platform's pre-assessment, saying why.
 */
export function sheetProblems(
  checklist: ComplianceItem[],
  items: SheetItemInput[],
  preassessed: Record<string, ComplianceVerdict | null>,
): SheetProblem[] {
  return checklist.flatMap((entry): SheetProblem[] => {
    const item = items.find((i) => i.key === entry.key);
    const title = entry.title;
    if (!item?.verdict) {
      return [
        {
          key: entry.key,
          field: 'verdict',
          message: { 'zh-CN': `『${title['zh-CN']}』请给出评价结论`, 'en-US': `“${title['en-US']}”: give a verdict` },
        },
      ];
    }
    if (item.finding) return [];
    if (item.verdict !== 'met') {
      return [
        {
          key: entry.key,
          field: 'finding',
          message: {
            'zh-CN': `『${title['zh-CN']}』结论为“有问题”或“不符合”时，请写明问题与整改意见`,
            'en-US': `“${title['en-US']}”: write the finding for a verdict short of met`,
          },
        },
      ];
    }
    const platform = preassessed[entry.key] ?? null;
    if (platform !== null && platform !== item.verdict) {
      return [
        {
          key: entry.key,
          field: 'finding',
          message: {
            'zh-CN': `『${title['zh-CN']}』与平台预评结论不同，请写明理由`,
            'en-US': `“${title['en-US']}”: say why you depart from the platform’s pre-assessment`,
          },
        },
      ];
    }
    return [];
  });
}

/**
 * Experts evaluate what the chain approved (docs/sources.md §8: “experts evaluate the quality of the published reports”);
 * a report still being filled in or checked has nothing to evaluate yet.
 */
export function assignmentBlock(status: ReportStatus, cycleOpen: boolean): Bilingual | null {
  if (!cycleOpen) return { 'zh-CN': '年报周期尚未开启', 'en-US': 'the cycle is not open' };
  if (status !== 'approved') {
    return {
      'zh-CN': '年报尚未经校长（法定代表人）审定，审定后方可评价',
      'en-US': 'the report is not approved by its principal yet; it is evaluated once approved',
    };
  }
  return null;
}
