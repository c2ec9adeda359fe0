import type { ComplianceResult, ComplianceVerdict, EvaluationStatus } from '@chanjiao/contracts/reports/index';

/** One colour per result, verdict and evaluation state, the same on the authority's and the expert's pages. */
export const RESULT_COLORS: Record<ComplianceResult, string> = { pending: 'default', passed: 'green', findings: 'orange', failed: 'red' };
export const VERDICT_COLORS: Record<ComplianceVerdict, string> = { met: 'green', finding: 'orange', failed: 'red' };
export const EVALUATION_COLORS: Record<EvaluationStatus, string> = { assigned: 'blue', submitted: 'green', conflict: 'default' };
