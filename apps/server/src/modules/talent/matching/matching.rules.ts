/**
 * Matching what is wanted (a demand, or an internship/apprenticeship place) to a school that trains for it
 * (docs/sources.md §9 T3: “every match explains itself”), in whichever direction it is asked: one demand against every
 * school, one school against every demand, one place offer against every school. There is no score: a pair is listed
 * when at least one of the school's majors answers what is wanted by catalogue code or by a word, and the list is
 * ordered by the reasons themselves, in a stated order.
 */
import type { Bilingual, CodeMatchLevel, RegionRelation } from '@chanjiao/contracts';
import { CODE_MATCH_LEVELS, REGION_RELATIONS } from '@chanjiao/contracts';
import { bilingual } from '../../../kernel/errors.js';
import { comparePinyin } from '../../../kernel/search/pinyin-sort-key.js';
import { codeMatch } from '../majors/major-hierarchy.rules.js';

/**
 * Words too common in major names and job texts to say anything (almost every major is a 技术 of something);
 * data, so a body may extend them.
 */
export const DEFAULT_STOP_TERMS: readonly string[] = [
  '技术',
  '工程',
  '管理',
  '应用',
  '岗位',
  '人员',
  '能力',
  '熟悉',
  '熟练',
  '掌握',
  '操作',
  '相关',
  '经验',
  '要求',
  '负责',
  '以上',
  '具有',
  '具备',
  '工作',
  '专业',
  '服务',
  '生产',
  '设计',
  '现代',
  '智能',
  '技能',
  '良好',
  '一定',
  '优先',
];

/** The terms of a demand or a place offer worth looking for in major names: two characters or more, not a stop term. */
export function demandTerms(tokens: Iterable<string>, stopTerms: readonly string[] = DEFAULT_STOP_TERMS): string[] {
  const stop = new Set(stopTerms);
  return [...new Set([...tokens].filter((t) => [...t].length >= 2 && !stop.has(t) && /\p{Script=Han}/u.test(t)))].sort();
}

export interface OfferedMajor {
  code: string;
  name: string;
  graduates: number[];
  placementsOffered: number;
}

/** The school's side: its majors with their graduates, and where it sits. */
export interface OfferingSide {
  regionCode: string | null;
  offered: OfferedMajor[];
}

export type WantingSource = 'demand' | 'placement';

/** The side that wants people: the majors and words of a demand or of a place offer, and where the work is. */
export interface WantingSide {
  source: WantingSource;
  wanted: { code: string; name: string }[];
  terms: string[];
  regionCode: string | null;
}

/** How a reason names what is wanted, by where it comes from. */
const WANTED_WORDS: Record<WantingSource, { major: [string, string]; text: [string, string] }> = {
  demand: { major: ['需求专业', 'the wanted'], text: ['岗位与技能', 'the position and skills'] },
  placement: { major: ['岗位所需专业', 'the major the place asks for'], text: ['实习学徒岗位', 'the place offered'] },
};

export interface MatchExplanation {
  codeMatches: { wanted: string; wantedName: string; offered: string; offeredName: string; level: CodeMatchLevel }[];
  termMatches: { term: string; offered: string; offeredName: string }[];
  region: { relation: RegionRelation; steps: number };
  graduates: number[];
  placementsOffered: number;
  reasons: Bilingual[];
}

const RELATION_BY_STEPS: RegionRelation[] = ['same_district', 'same_city', 'same_province', 'elsewhere'];

/**
 * How far a school sits from the work place in the administrative tree: 0 same district … 3 another province, or
 * unknown (either side without a region), which counts as far.
 */
export function regionRelation(a: string | null, b: string | null): { relation: RegionRelation; steps: number } {
  const steps = !a || !b ? 3 : a === b ? 0 : a.slice(0, 4) === b.slice(0, 4) ? 1 : a.slice(0, 2) === b.slice(0, 2) ? 2 : 3;
  return { relation: RELATION_BY_STEPS[steps]!, steps };
}

const LEVEL_ORDER: CodeMatchLevel[] = ['exact', 'class', 'category'];

/** Every reason one school answers one demand or place offer, or null when neither a code nor a word matches. */
export function explainMatch(wanting: WantingSide, school: OfferingSide): MatchExplanation | null {
  const codeMatches: MatchExplanation['codeMatches'] = [];
  const termMatches: MatchExplanation['termMatches'] = [];
  const matched = new Set<string>();
  // For each wanted major, the school's closest majors: the same code if it has it, else its majors of the same
  // class, else of the same category.
  for (const wanted of wanting.wanted) {
    const found = school.offered.flatMap((offered) => {
      const level = codeMatch(wanted.code, offered.code);
      return level ? [{ wanted: wanted.code, wantedName: wanted.name, offered: offered.code, offeredName: offered.name, level }] : [];
    });
    const best = Math.min(...found.map((m) => LEVEL_ORDER.indexOf(m.level)));
    for (const m of found.filter((f) => LEVEL_ORDER.indexOf(f.level) === best)) {
      codeMatches.push(m);
      matched.add(m.offered);
    }
  }
  for (const offered of school.offered) {
    for (const term of wanting.terms) {
      if (offered.name.includes(term)) {
        termMatches.push({ term, offered: offered.code, offeredName: offered.name });
        matched.add(offered.code);
      }
    }
  }
  if (codeMatches.length === 0 && termMatches.length === 0) return null;
  codeMatches.sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || a.offered.localeCompare(b.offered));
  const region = regionRelation(wanting.regionCode, school.regionCode);
  const years = school.offered[0]?.graduates.length ?? 3;
  const graduates = Array.from({ length: years }, (_, i) =>
    school.offered.filter((o) => matched.has(o.code)).reduce((total, o) => total + (o.graduates[i] ?? 0), 0),
  );
  const placementsOffered = school.offered.filter((o) => matched.has(o.code)).reduce((total, o) => total + o.placementsOffered, 0);
  const words = WANTED_WORDS[wanting.source];
  const reasons: Bilingual[] = [
    ...codeMatches.map((m) =>
      bilingual(
        `${CODE_MATCH_LEVELS[m.level]['zh-CN']}：开设“${m.offeredName}”（${m.offered}），${words.major[0]}“${m.wantedName}”（${m.wanted}）`,
        `${CODE_MATCH_LEVELS[m.level]['en-US']}: offers “${m.offeredName}” (${m.offered}) for ${words.major[1]} “${m.wantedName}” (${m.wanted})`,
      ),
    ),
    ...termMatches.map((m) =>
      bilingual(
        `${words.text[0]}中的“${m.term}”见于专业“${m.offeredName}”（${m.offered}）`,
        `“${m.term}” of ${words.text[1]} appears in the major “${m.offeredName}” (${m.offered})`,
      ),
    ),
    bilingual(`地域：${REGION_RELATIONS[region.relation]['zh-CN']}`, `Region: ${REGION_RELATIONS[region.relation]['en-US']}`),
  ];
  return {
    codeMatches,
    termMatches,
    region,
    graduates,
    placementsOffered,
    reasons,
  };
}

export const RANKING_RULE = bilingual(
  '排序依次比较：专业代码匹配的最高层级（相同专业 > 同一专业类 > 同一专业大类）、代码匹配的需求专业个数、词语匹配个数、地域远近（同区县 > 同城市 > 同省 > 外省市）、匹配专业的首年预计毕业生数；不计算综合分。',
  'Ranked by, in turn: the closest code match (same major > same class > same category), how many wanted majors matched by code, how many words matched, nearness (district > city > province > elsewhere), and the matched majors’ graduates in the first year; no combined score.',
);

function bestLevel(m: MatchExplanation): number {
  const levels = m.codeMatches.map((c) => LEVEL_ORDER.indexOf(c.level));
  return levels.length ? Math.min(...levels) : LEVEL_ORDER.length;
}

/**
 * Orders explained matches by RANKING_RULE and numbers them from 1; `nameOf` names the listed side (the school, or
 * the demand's position) for the last, alphabetical tie-break.
 */
export function rankMatches<T extends MatchExplanation>(matches: T[], nameOf: (m: T) => string): (T & { rank: number })[] {
  const wantedCount = (m: MatchExplanation) => new Set(m.codeMatches.map((c) => c.wanted)).size;
  return [...matches]
    .sort(
      (a, b) =>
        bestLevel(a) - bestLevel(b) ||
        wantedCount(b) - wantedCount(a) ||
        b.termMatches.length - a.termMatches.length ||
        a.region.steps - b.region.steps ||
        (b.graduates[0] ?? 0) - (a.graduates[0] ?? 0) ||
        comparePinyin(nameOf(a), nameOf(b)),
    )
    .map((m, i) => ({ ...m, rank: i + 1 }));
}
