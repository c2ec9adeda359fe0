/**
 * How complete the 推荐书 is, computed once from the server's problems: the red marks of the steps and the
 * summary above the form both read this, so the summary never says "已全部填写" while a step is red.
 */
import { APPLICATION_SECTION_NAMES, type ApplicationSection, type TFormProblem } from '@chanjiao/contracts/selection/index';

export interface ApplicationCompleteness {
  /** Each section's problems, in the form's order. */
  bySection: Record<ApplicationSection, TFormProblem[]>;
  /** The sections with at least one problem: exactly the steps marked red. */
  incomplete: ApplicationSection[];
  /** All problems; problems of no known section keep the form incomplete too. */
  total: number;
  complete: boolean;
}

function sectionOf(path: string, sections: readonly ApplicationSection[]): ApplicationSection | undefined {
  return sections.find((section) => path === section || path.startsWith(`${section}.`));
}

export function applicationCompleteness(
  problems: readonly TFormProblem[],
  sections: readonly ApplicationSection[] = APPLICATION_SECTION_NAMES,
): ApplicationCompleteness {
  const bySection = Object.fromEntries(sections.map((section) => [section, [] as TFormProblem[]])) as Record<
    ApplicationSection,
    TFormProblem[]
  >;
  for (const problem of problems) {
    const section = sectionOf(problem.path, sections);
    if (section) bySection[section].push(problem);
  }
  const incomplete = sections.filter((section) => bySection[section].length > 0);
  return { bySection, incomplete, total: problems.length, complete: problems.length === 0 };
}

/** A step is red when its section has problems — the one being edited too — and done otherwise. */
export function stepStatus(
  completeness: ApplicationCompleteness,
  section: ApplicationSection,
  current: boolean,
): 'error' | 'process' | 'finish' {
  if (completeness.bySection[section].length > 0) return 'error';
  return current ? 'process' : 'finish';
}

/** What the summary above one section says. */
export type CompletenessSummary =
  | { kind: 'complete' }
  /** This section is done, others (the red steps) are not. */
  | { kind: 'sectionDone'; total: number; sections: ApplicationSection[] }
  /** This section has problems; `otherSections` lists the other red steps. */
  | { kind: 'sectionOpen'; problems: TFormProblem[]; total: number; otherSections: ApplicationSection[] };

export function completenessSummary(completeness: ApplicationCompleteness, section: ApplicationSection): CompletenessSummary {
  if (completeness.complete) return { kind: 'complete' };
  const problems = completeness.bySection[section];
  const others = completeness.incomplete.filter((name) => name !== section);
  if (problems.length === 0) return { kind: 'sectionDone', total: completeness.total, sections: others };
  return { kind: 'sectionOpen', problems, total: completeness.total, otherSections: others };
}
