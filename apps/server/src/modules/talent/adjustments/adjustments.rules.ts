/**
 * 专业动态调整 (003: 健全专业动态调整机制; docs/sources.md §9 T3): for one school, per major, a suggestion to open, enlarge,
 * keep or shrink it, decided on the body's gap (demand − supply of all its schools) over the three years of the
 * window, against thresholds that are the secretariat's data (`TAdjustmentThresholds`, defaults in the contracts).
 * 以上 includes the number (民法典第一千二百五十九条) and shares are compared exactly, without floating point.
 *
 * - enlarge: the school offers the major and the gap is at least `enlargeMinGap` and `minShare` of demand;
 * - shrink: the school offers it and the surplus (supply − demand) is at least `shrinkMinSurplus` and `minShare` of supply;
 * - keep: the school offers it and neither holds;
 * - open: the school does not offer it, the gap is at least `openMinGap` and `minShare` of demand, and the school
 *   offers a major of the same 专业类, the base to build it on. A major without that base is not suggested.
 * These are suggestions: nothing changes a school's majors.
 */
import type { AdjustmentKind, Bilingual, TAdjustmentThresholds } from '@chanjiao/contracts';
import { bilingual } from '../../../kernel/errors.js';
import { majorHierarchy } from '../majors/major-hierarchy.rules.js';

/** One major of the body over the window: people wanted and graduates expected per year, all schools together. */
export interface BodyMajorFigures {
  majorCode: string;
  demand: number[];
  supply: number[];
}

export interface AdjustmentInput {
  body: BodyMajorFigures[];
  /** The school's own expected graduates per major and year; a major here is one the school offers. */
  school: ReadonlyMap<string, number[]>;
  thresholds: TAdjustmentThresholds;
}

export interface AdjustmentDecision {
  majorCode: string;
  kind: AdjustmentKind;
  demand: number[];
  supply: number[];
  gap: number[];
  totalGap: number;
  schoolSupply: number[];
  /** For open: the school's majors of the same 专业类. */
  siblings: string[];
  explanation: Bilingual[];
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const mark = (met: boolean) => (met ? '✓' : '✗');

/** part / whole ≥ n / d ⇔ part · d ≥ n · whole (whole > 0); with nothing to divide by there is no share. */
const shareMet = (part: number, whole: number, share: TAdjustmentThresholds['minShare']) =>
  whole > 0 && part * share.denominator >= share.numerator * whole;

function shortageLines(gap: number, demand: number, supply: number, minGap: number, t: TAdjustmentThresholds) {
  const { numerator, denominator } = t.minShare;
  const gapMet = gap >= minGap;
  const share = shareMet(gap, demand, t.minShare);
  return {
    met: gapMet && share,
    lines: [
      bilingual(
        `${mark(gapMet)} 三年缺口 ${gap} 人（需求 ${demand} − 供给 ${supply}），阈值 ${minGap} 人以上`,
        `${mark(gapMet)} gap over three years ${gap} (demand ${demand} − supply ${supply}); the threshold is at least ${minGap}`,
      ),
      bilingual(
        `${mark(share)} 缺口占需求 ${gap}/${demand}，阈值 ${numerator}/${denominator} 以上`,
        `${mark(share)} the gap is ${gap}/${demand} of demand; the threshold is at least ${numerator}/${denominator}`,
      ),
    ],
  };
}

function surplusLines(demand: number, supply: number, t: TAdjustmentThresholds) {
  const surplus = supply - demand;
  const { numerator, denominator } = t.minShare;
  const surplusMet = surplus >= t.shrinkMinSurplus;
  const share = shareMet(surplus, supply, t.minShare);
  return {
    met: surplusMet && share,
    lines: [
      bilingual(
        `${mark(surplusMet)} 三年富余 ${surplus} 人（供给 ${supply} − 需求 ${demand}），阈值 ${t.shrinkMinSurplus} 人以上`,
        `${mark(surplusMet)} surplus over three years ${surplus} (supply ${supply} − demand ${demand}); the threshold is at least ${t.shrinkMinSurplus}`,
      ),
      bilingual(
        `${mark(share)} 富余占供给 ${surplus}/${supply}，阈值 ${numerator}/${denominator} 以上`,
        `${mark(share)} the surplus is ${surplus}/${supply} of supply; the threshold is at least ${numerator}/${denominator}`,
      ),
    ],
  };
}

/** The decision on a major the school offers: enlarge, shrink or keep. */
function offeredDecision(figures: BodyMajorFigures, t: TAdjustmentThresholds): { kind: AdjustmentKind; explanation: Bilingual[] } {
  const demand = sum(figures.demand);
  const supply = sum(figures.supply);
  const shortage = shortageLines(demand - supply, demand, supply, t.enlargeMinGap, t);
  if (shortage.met) return { kind: 'enlarge', explanation: shortage.lines };
  const surplus = surplusLines(demand, supply, t);
  if (surplus.met) return { kind: 'shrink', explanation: surplus.lines };
  return { kind: 'keep', explanation: demand >= supply ? shortage.lines : surplus.lines };
}

const KIND_ORDER: AdjustmentKind[] = ['open', 'enlarge', 'shrink', 'keep'];

/** The school's suggestions, open first, then enlarge, shrink and keep, each largest |gap| first. */
export function adjustmentSuggestions({ body, school, thresholds }: AdjustmentInput): AdjustmentDecision[] {
  const years = body[0]?.demand.length ?? [...school.values()][0]?.length ?? 0;
  const zeros = Array<number>(years).fill(0);
  const byCode = new Map(body.map((figures) => [figures.majorCode, figures]));
  const offeredClasses = new Map<string, string[]>();
  for (const code of [...school.keys()].sort()) {
    const classCode = majorHierarchy(code).classCode;
    offeredClasses.set(classCode, [...(offeredClasses.get(classCode) ?? []), code]);
  }
  const decide = (figures: BodyMajorFigures, kind: AdjustmentKind, explanation: Bilingual[], siblings: string[] = []) => {
    const gap = figures.demand.map((d, i) => d - figures.supply[i]!);
    return {
      majorCode: figures.majorCode,
      kind,
      demand: figures.demand,
      supply: figures.supply,
      gap,
      totalGap: sum(gap),
      schoolSupply: school.get(figures.majorCode) ?? zeros,
      siblings,
      explanation,
    };
  };

  const offered = [...school.keys()].map((code) => {
    const figures = byCode.get(code) ?? { majorCode: code, demand: zeros, supply: school.get(code)! };
    const { kind, explanation } = offeredDecision(figures, thresholds);
    return decide(figures, kind, explanation);
  });

  const opened = body
    .filter((figures) => !school.has(figures.majorCode))
    .flatMap((figures) => {
      const siblings = offeredClasses.get(majorHierarchy(figures.majorCode).classCode) ?? [];
      const demand = sum(figures.demand);
      const supply = sum(figures.supply);
      const shortage = shortageLines(demand - supply, demand, supply, thresholds.openMinGap, thresholds);
      if (!shortage.met || siblings.length === 0) return [];
      const base = bilingual(
        `✓ 本校已开设同一专业类的 ${siblings.join('、')}，具备增设基础`,
        `✓ the school already offers ${siblings.join(', ')} of the same major class, the base to open it on`,
      );
      return [decide(figures, 'open', [...shortage.lines, base], siblings)];
    });

  return [...offered, ...opened].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      Math.abs(b.totalGap) - Math.abs(a.totalGap) ||
      a.majorCode.localeCompare(b.majorCode),
  );
}

/** The rule in words, shown above the suggestions. */
export function describeAdjustmentRule(t: TAdjustmentThresholds): Bilingual {
  const { numerator, denominator } = t.minShare;
  return bilingual(
    `按联合体三年内需求人数与各校预计毕业生数之差判断：本校已开设的专业，缺口在 ${t.enlargeMinGap} 人以上且占需求 ${numerator}/${denominator} 以上的建议扩大规模，富余在 ${t.shrinkMinSurplus} 人以上且占供给 ${numerator}/${denominator} 以上的建议压缩规模，其余建议保持；本校未开设、缺口在 ${t.openMinGap} 人以上且占需求 ${numerator}/${denominator} 以上、本校已有同一专业类专业的，建议增设。以上均为建议，平台不会自动调整任何专业。`,
    `Decided on the body's demand minus all schools' expected graduates over three years: an offered major with a gap of at least ${t.enlargeMinGap} and ${numerator}/${denominator} of demand is suggested to enlarge, one with a surplus of at least ${t.shrinkMinSurplus} and ${numerator}/${denominator} of supply to shrink, any other to keep; a major not offered with a gap of at least ${t.openMinGap} and ${numerator}/${denominator} of demand, where the school offers a major of the same class, is suggested to open. These are suggestions; the platform changes no major by itself.`,
  );
}
