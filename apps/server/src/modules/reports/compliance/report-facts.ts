/** Loads what the platform's pre-assessment of a report rests on (preassessment.rules.ts) from the module's own parts. */
import { COMPLIANCE_CHECKLISTS, type ComplianceItem, type ComplianceVerdict } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError } from '../../../kernel/errors.js';
import { formProblems } from '../data/form.rules.js';
import { computeRates } from '../data/rates.rules.js';
import { generateOfLoaded } from '../generation/generation.service.js';
import { findLivePublication } from '../publication/publication.repository.js';
import type { LoadedReport } from '../review/reports.service.js';
import { type Preassessment, preassess, type ReportFacts } from './preassessment.rules.js';

export async function factsOf(db: Executor, loaded: LoadedReport, today: string): Promise<ReportFacts> {
  const { report, cycle } = loaded;
  const [publication, generated] = await Promise.all([findLivePublication(db, { reportId: report.id }), generateOfLoaded(db, loaded)]);
  return {
    problems: formProblems(report.data),
    rates: computeRates(report.data),
    statement: report.statement ? { signatoryName: report.statement.signatoryName, signedAt: report.statement.signedAt } : null,
    publishedOn: publication?.publishedOn ?? null,
    publishDeadline: cycle.deadlines.publish,
    today,
    outline: cycle.outline,
    chaptersWithData: generated.chapters.filter((c) => c.blocks.length > 0).map((c) => c.heading),
  };
}

export function checklistOf(version: string): ComplianceItem[] {
  const checklist = COMPLIANCE_CHECKLISTS[version];
  if (!checklist) throw new DomainError('COMPLIANCE_UNKNOWN_ITEM', { key: '—', version });
  return checklist;
}

export function preassessAll(checklist: ComplianceItem[], facts: ReportFacts): Map<string, Preassessment> {
  return new Map(checklist.map((item) => [item.key, preassess(item.check, facts)]));
}

export function preassessedVerdicts(assessments: Map<string, Preassessment>): Record<string, ComplianceVerdict | null> {
  return Object.fromEntries([...assessments].map(([key, p]) => [key, p.verdict]));
}
