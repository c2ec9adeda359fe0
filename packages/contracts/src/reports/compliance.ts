/**
 * 合规性评价 of quality reports (docs/sources.md §8, §9 Q5; 上海年报 6.4: “五是实施‘合规性评价’制度，组织专家开展年报的
 * 质量评价”): the authority that opened a cycle assigns experts to its approved reports, each expert scores a report on a
 * versioned checklist — what the platform can check itself is pre-assessed with its evidence — and the results per report
 * and per level are aggregated by a published rule. A report with findings can be sent back to its unit.
 */
import { z } from 'zod';
import { defineErrors } from '../errors.js';
import { optionalText, requiredText } from '../common.js';
import type { Bilingual } from '../i18n.js';
import { REPORT_LEVEL_NAMES, REPORT_STATUS_NAMES } from './cycles.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });
const ZBilingual = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
const ZRef = z.object({ id: z.string(), name: z.string() });

/** What an expert concludes on one item, from the mildest to the strictest. */
export const COMPLIANCE_VERDICTS = {
  met: l('符合', 'Met'),
  finding: l('有问题，需整改', 'Finding to correct'),
  failed: l('不符合', 'Not met'),
} as const;
export type ComplianceVerdict = keyof typeof COMPLIANCE_VERDICTS;
export const COMPLIANCE_VERDICT_NAMES = Object.keys(COMPLIANCE_VERDICTS) as [ComplianceVerdict, ...ComplianceVerdict[]];

/** A report's result across its experts' submitted sheets. */
export const COMPLIANCE_RESULTS = {
  pending: l('待评价', 'Not evaluated yet'),
  passed: l('合规', 'Compliant'),
  findings: l('基本合规，有整改意见', 'Compliant with findings'),
  failed: l('不合规', 'Not compliant'),
} as const;
export type ComplianceResult = keyof typeof COMPLIANCE_RESULTS;
export const COMPLIANCE_RESULT_NAMES = Object.keys(COMPLIANCE_RESULTS) as [ComplianceResult, ...ComplianceResult[]];

/** What the platform checks itself from the report's data, its signed statement and its publication. */
export const COMPLIANCE_CHECKS = {
  data_complete: l('核心数据完整', 'Core data complete'),
  figures_consistent: l('数据前后一致', 'Figures consistent'),
  statement_signed: l('责任声明已签署', 'Statement signed'),
  published_on_time: l('按时公开', 'Published on time'),
} as const;
export type ComplianceCheck = keyof typeof COMPLIANCE_CHECKS;

export interface ComplianceItem {
  key: string;
  title: Bilingual;
  /** What the expert looks at. */
  guidance: Bilingual;
  /** The platform's own check, or null when only the expert can judge the item. */
  check: ComplianceCheck | null;
}

/**
 * The checklists by version. An evaluation keeps the version it was assigned with, so a later checklist does not change
 * a sheet already scored; a new version is a new entry here, never an edit of an old one.
 */
export const COMPLIANCE_CHECKLISTS: Record<string, ComplianceItem[]> = {
  '2024-1': [
    {
      key: 'chapters',
      title: l('报告章节齐全', 'Required chapters present'),
      guidance: l(
        '对照本周期的报告提纲，逐章核对报告是否齐全、内容与标题相符',
        'Check the report against the cycle’s outline chapter by chapter: every chapter present and on its subject',
      ),
      check: null,
    },
    {
      key: 'data',
      title: l('核心数据完整', 'Core data complete'),
      guidance: l(
        '提交所需的核心数据均已填写，且部分不超过整体（如双师型不多于专业教师）',
        'The counts a submission needs are filled in and no part exceeds its whole (e.g. dual-qualified ≤ professional teachers)',
      ),
      check: 'data_complete',
    },
    {
      key: 'figures',
      title: l('数据前后一致', 'Figures consistent'),
      guidance: l(
        '报告文字所载比例与按数据计算的结果一致；平台标出的差异须更正或说明',
        'The rates the text states agree with those computed from the counts; each difference the platform flags is corrected or explained',
      ),
      check: 'figures_consistent',
    },
    {
      key: 'statement',
      title: l('责任声明已签署', 'Responsibility statement signed'),
      guidance: l(
        '“学校年度质量报告须经学校法定代表人签字并加盖公章”：审定时已签署责任声明',
        '“学校年度质量报告须经学校法定代表人签字并加盖公章”: the statement was signed at approval',
      ),
      check: 'statement_signed',
    },
    {
      key: 'timeliness',
      title: l('按时公开发布', 'Published on time'),
      guidance: l(
        '在本周期公开发布截止日期（含当日）前，以公开形式、公开时间、公开网址发布',
        'Published with its form, date and address no later than the cycle’s publication deadline (the day included)',
      ),
      check: 'published_on_time',
    },
  ],
};
export const COMPLIANCE_CHECKLIST_VERSION = '2024-1';

/** The published aggregation rule (compliance.rules.ts carries it out). */
export const COMPLIANCE_RULE_TEXT = l(
  '每一项取已提交评价表中占多数的结论，票数相同取较严的结论；任一项“不符合”则报告不合规，任一项“有问题”则基本合规、有整改意见，各项均“符合”则合规。',
  'Each item takes the verdict most of the submitted sheets give, a tie going to the stricter one; a report with any item not met is not compliant, with any finding it is compliant with findings, and with every item met it is compliant.',
);

export const ZComplianceAssignInput = z.object({ reportId: z.uuid(), expertId: z.uuid() });
export type TComplianceAssignInput = z.infer<typeof ZComplianceAssignInput>;

export const ZComplianceItemInput = z.object({
  key: z.string().trim().min(1).max(40),
  verdict: z.enum(COMPLIANCE_VERDICT_NAMES).nullable(),
  finding: optionalText(1000),
});
export const ZComplianceSheetSave = z.object({
  version: z.number().int().min(1),
  items: z.array(ZComplianceItemInput).max(40),
});
export type TComplianceSheetSave = z.infer<typeof ZComplianceSheetSave>;

export const ZComplianceConflictDeclare = z.object({ reason: requiredText(500) });
export type TComplianceConflictDeclare = z.infer<typeof ZComplianceConflictDeclare>;

/** The authority sends a report back: the findings are the reason; a remark may be added. */
export const ZComplianceSendBack = z.object({ version: z.number().int().min(1), remark: optionalText(500) });
export type TComplianceSendBack = z.infer<typeof ZComplianceSendBack>;

export const EVALUATION_STATUSES = {
  assigned: l('待评价', 'To score'),
  submitted: l('已提交', 'Submitted'),
  conflict: l('已申明回避', 'Conflict declared'),
} as const;
export type EvaluationStatus = keyof typeof EVALUATION_STATUSES;
const EVALUATION_STATUS_NAMES = Object.keys(EVALUATION_STATUSES) as [EvaluationStatus, ...EvaluationStatus[]];

const ZPreassessment = z.object({
  verdict: z.enum(COMPLIANCE_VERDICT_NAMES).nullable(),
  evidence: z.array(ZBilingual),
});

export const ZComplianceSheetItem = z.object({
  key: z.string(),
  title: ZBilingual,
  guidance: ZBilingual,
  check: z.enum(Object.keys(COMPLIANCE_CHECKS) as [ComplianceCheck, ...ComplianceCheck[]]).nullable(),
  /** The platform's pre-assessment and what it rests on; evidence alone for an item only the expert judges. */
  preassessment: ZPreassessment,
  verdict: z.enum(COMPLIANCE_VERDICT_NAMES).nullable(),
  finding: z.string().nullable(),
});

export const ZComplianceSheet = z.object({
  id: z.string(),
  cycle: z.object({ id: z.string(), title: z.string(), reportYear: z.number(), publishDeadline: z.string() }),
  report: z.object({ id: z.string(), org: ZRef, level: z.enum(REPORT_LEVEL_NAMES), status: z.enum(REPORT_STATUS_NAMES) }),
  /** The report's public page while it is published and approved: what the expert reads. */
  publicPath: z.string().nullable(),
  status: z.enum(EVALUATION_STATUS_NAMES),
  checklistVersion: z.string(),
  items: z.array(ZComplianceSheetItem),
  conflictReason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  mayEdit: z.boolean(),
  version: z.number(),
});
export type TComplianceSheet = z.infer<typeof ZComplianceSheet>;

export const ZMyEvaluations = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      cycle: z.object({ id: z.string(), title: z.string(), reportYear: z.number() }),
      report: z.object({ id: z.string(), org: ZRef, level: z.enum(REPORT_LEVEL_NAMES) }),
      status: z.enum(EVALUATION_STATUS_NAMES),
      assignedAt: z.string(),
      submittedAt: z.string().nullable(),
    }),
  ),
});
export type TMyEvaluations = z.infer<typeof ZMyEvaluations>;

const ZItemResult = z.object({
  key: z.string(),
  title: ZBilingual,
  verdict: z.enum(COMPLIANCE_VERDICT_NAMES).nullable(),
  counts: z.object({ met: z.number(), finding: z.number(), failed: z.number() }),
});

export const ZComplianceFinding = z.object({
  key: z.string(),
  title: ZBilingual,
  expertName: z.string(),
  verdict: z.string(),
  text: z.string(),
});

export const ZComplianceReportRow = z.object({
  id: z.string(),
  org: ZRef,
  level: z.enum(REPORT_LEVEL_NAMES),
  status: z.enum(REPORT_STATUS_NAMES),
  published: z.boolean(),
  /** Why no expert can be assigned now (not approved yet, …), or null. */
  blockedReason: z.string().nullable(),
  evaluations: z.array(
    z.object({
      id: z.string(),
      expert: ZRef,
      status: z.enum(EVALUATION_STATUS_NAMES),
      conflictReason: z.string().nullable(),
      submittedAt: z.string().nullable(),
    }),
  ),
  /** Experts of the pool who cannot be assigned to this report, and why. */
  conflicts: z.array(z.object({ expertId: z.string(), reason: ZBilingual })),
  result: z.enum(COMPLIANCE_RESULT_NAMES),
  items: z.array(ZItemResult),
  findings: z.array(ZComplianceFinding),
  sentBack: z.array(z.object({ at: z.string(), actorName: z.string().nullable(), reason: z.string() })),
  maySendBack: z.boolean(),
  version: z.number(),
});
export type TComplianceReportRow = z.infer<typeof ZComplianceReportRow>;

export const ZComplianceSummaryRow = z.object({
  level: z.enum(REPORT_LEVEL_NAMES),
  participants: z.number(),
  evaluated: z.number(),
  passed: z.number(),
  findings: z.number(),
  failed: z.number(),
  pending: z.number(),
});

export const ZComplianceOverview = z.object({
  cycle: z.object({ id: z.string(), title: z.string(), reportYear: z.number(), authority: ZRef, publishDeadline: z.string() }),
  checklist: z.object({
    version: z.string(),
    items: z.array(z.object({ key: z.string(), title: ZBilingual, guidance: ZBilingual, check: z.string().nullable() })),
  }),
  rule: ZBilingual,
  experts: z.array(z.object({ id: z.string(), name: z.string(), shared: z.boolean(), affiliations: z.array(z.string()) })),
  reports: z.array(ZComplianceReportRow),
  summary: z.array(ZComplianceSummaryRow),
});
export type TComplianceOverview = z.infer<typeof ZComplianceOverview>;

export const COMPLIANCE_ERRORS = defineErrors({
  COMPLIANCE_NOT_ASSIGNED: {
    status: 403,
    message: {
      'zh-CN': '这份合规性评价表不是分配给您的；专家只能评价分配给自己的年报',
      'en-US': 'This evaluation is not assigned to you; experts score only the reports assigned to them',
    },
  },
  COMPLIANCE_REPORT_NOT_IN_CYCLE: {
    status: 400,
    message: {
      'zh-CN': '所选年报不属于本周期，请从本周期的填报单位中选择',
      'en-US': 'The chosen report is not in this cycle; choose one of the cycle’s reports',
    },
  },
  COMPLIANCE_NOT_ASSIGNABLE: {
    status: 409,
    message: { 'zh-CN': '暂不能为“{org}”的年报分配专家：{reason}', 'en-US': 'No expert can be assigned to “{org}” now: {reason}' },
  },
  COMPLIANCE_EXPERT_NOT_IN_POOL: {
    status: 400,
    message: {
      'zh-CN': '所选专家不在本单位或共享专家库中，请从列出的专家中选择，或先在专家库中添加该专家',
      'en-US': 'The chosen expert is not in your pool or the shared pool; choose one listed, or add the expert to your pool first',
    },
  },
  COMPLIANCE_EXPERT_CONFLICTED: {
    status: 409,
    message: {
      'zh-CN': '“{expert}”须回避“{org}”的年报：{reason}',
      'en-US': '“{expert}” must not evaluate the report of “{org}”: {reason}',
    },
  },
  COMPLIANCE_ALREADY_ASSIGNED: {
    status: 409,
    message: {
      'zh-CN': '“{expert}”已被分配评价“{org}”的年报',
      'en-US': '“{expert}” is already assigned to the report of “{org}”',
    },
  },
  COMPLIANCE_ALREADY_SUBMITTED: {
    status: 409,
    message: {
      'zh-CN': '这份评价表已于{at}提交，不能再修改或重复提交',
      'en-US': 'This evaluation was submitted on {at}; it cannot be changed or submitted again',
    },
  },
  COMPLIANCE_SHEET_INCOMPLETE: {
    status: 400,
    message: {
      'zh-CN': '评价表还有 {count} 处需要补充，请按各项下的提示补充后再提交（第一处：{first}）',
      'en-US': 'The sheet has {count} items to complete before submission (first: {first})',
    },
  },
  COMPLIANCE_UNKNOWN_ITEM: {
    status: 400,
    message: {
      'zh-CN': '评价项“{key}”不在本评价表（{version} 版）中，请刷新页面后重试',
      'en-US': 'The item “{key}” is not on this sheet (version {version}); reload the page and try again',
    },
  },
  COMPLIANCE_NOT_UNASSIGNABLE: {
    status: 409,
    message: {
      'zh-CN': '这位专家已提交评价或申明回避，不能撤销分配',
      'en-US': 'The expert has submitted the evaluation or declared a conflict; the assignment cannot be withdrawn',
    },
  },
  COMPLIANCE_NOTHING_TO_SEND_BACK: {
    status: 409,
    message: {
      'zh-CN': '“{org}”的年报没有需要整改的评价结论，不能退回；请在专家提交评价、结论为“有整改意见”或“不合规”后退回',
      'en-US': 'The report of “{org}” has no findings to send back; send it back once the experts’ result has findings or fails',
    },
  },
});

export const COMPLIANCE_LABELS: Record<string, Bilingual> = {
  reportId: l('质量年报', 'Quality report'),
  verdict: l('评价结论', 'Verdict'),
  finding: l('问题与整改意见', 'Finding'),
  remark: l('退回说明', 'Remark'),
};
