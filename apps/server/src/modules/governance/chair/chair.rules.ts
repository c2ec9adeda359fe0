/**
 * The rotating chair (章程第六、七条): one chair unit a term (the charter's rule: a term of one year by default),
 * each term from a different city than the term before; every city takes a turn before any city repeats, and
 * the member schools of a city take turns. The first chair is designated (2026: 上海市曹杨职业技术学校,
 * 简报第1期); the joint meeting may fix any year, which fixes the term holding it, and the rotation is planned
 * around those fixed terms. A school may chair from the first term that begins on or after the day it joined.
 * Callers pass the member schools (成员院校) only.
 */
import { type Bilingual, DEFAULT_CHAIR_ROTATION, type TChairRotationRule } from '@chanjiao/contracts';
import { bilingual } from '../../../kernel/errors.js';
import { pickRotationCity } from './chair-cities.rules.js';
import { chairImpossible as impossible, type ChairSource, explainChairYear } from './chair-explanations.rules.js';

export interface ChairCandidate {
  orgId: string;
  name?: string;
  city: string;
  joinedOn: string;
  /** The member's place in the published list (e.g. the charter's order of founding units). */
  order: number;
}

export interface ChairOverride {
  year: number;
  orgId: string;
  reason: string;
}

export interface ChairScheduleInput {
  members: ChairCandidate[];
  firstYear: number;
  /** The designated first chair unit. */
  first: string;
  years: number;
  overrides?: ChairOverride[];
  /** The charter's rotation rule in force; the seed charter's when the body has registered none. */
  rule?: TChairRotationRule;
}

export interface ChairYear {
  year: number;
  orgId: string;
  city: string;
  source: ChairSource;
  explanation: Bilingual;
}

interface Fixed {
  orgId: string;
  source: 'first' | 'override';
  reason?: string;
}

export function chairSchedule(input: ChairScheduleInput): ChairYear[] {
  const rule = input.rule ?? DEFAULT_CHAIR_ROTATION;
  const lastYear = input.firstYear + input.years - 1;
  const byId = new Map(input.members.map((member) => [member.orgId, member]));
  const fixed = fixedTerms(input, rule, byId);
  const cityOrder = citiesInOrder(input.members);
  const cityTurns = new Map<string, number>();
  const schoolTurns = new Map<string, number>();
  const schoolChairs = new Map<string, number>();
  const lastSchoolOfCity = new Map<string, string>();
  const schedule: ChairYear[] = [];

  for (let start = input.firstYear; start <= lastYear; start += rule.termYears) {
    const eligible = input.members.filter((member) => member.joinedOn <= `${start}-01-01`);
    welcomeNewcomers(eligible, cityTurns, schoolTurns);
    const previous = schedule.at(-1);
    const chosen = fixed.get(start);
    let chair: ChairCandidate;
    let repeat = false;
    if (chosen) {
      chair = byId.get(chosen.orgId)!;
      if (rule.differentCityEachTerm) assertFixedChoiceAllowed(start, chair, previous);
    } else {
      const pick = pickRotationCity({
        year: start,
        termYears: rule.termYears,
        differentCity: rule.differentCityEachTerm,
        eligibleCities: new Set(eligible.map((member) => member.city)),
        cityOrder,
        cityTurns,
        previousCity: previous?.city,
        fixedCityOf: (later) => cityOf(fixed.get(later), byId),
        lastYear,
      });
      chair = nextSchoolIn(pick.city, eligible, { schoolTurns, schoolChairs, lastSchoolOfCity });
      repeat = pick.repeat;
    }
    cityTurns.set(chair.city, (cityTurns.get(chair.city) ?? 0) + 1);
    schoolTurns.set(chair.orgId, (schoolTurns.get(chair.orgId) ?? 0) + 1);
    schoolChairs.set(chair.orgId, (schoolChairs.get(chair.orgId) ?? 0) + 1);
    lastSchoolOfCity.set(chair.city, chair.orgId);
    const source: ChairSource = chosen ? chosen.source : repeat ? 'new_round' : 'rotation';
    const end = Math.min(start + rule.termYears - 1, lastYear);
    const explanation = explainChairYear({
      year: start,
      termEnd: end,
      name: chair.name ?? chair.orgId,
      city: chair.city,
      source,
      previousCity: rule.differentCityEachTerm ? previous?.city : undefined,
      reason: chosen?.reason,
    });
    for (let year = start; year <= end; year++) {
      schedule.push({ year, orgId: chair.orgId, city: chair.city, source, explanation });
    }
  }
  return schedule;
}

/** The first year of the term holding `year`. */
function termStartOf(year: number, firstYear: number, termYears: number): number {
  return firstYear + Math.floor((year - firstYear) / termYears) * termYears;
}

/** The terms fixed in advance, keyed by their first year: the designated first term and the meeting's overrides. */
function fixedTerms(input: ChairScheduleInput, rule: TChairRotationRule, byId: Map<string, ChairCandidate>): Map<number, Fixed> {
  const lastYear = input.firstYear + input.years - 1;
  if (!Number.isInteger(input.years) || input.years < 1 || input.years > 100) {
    throw impossible(input.firstYear, bilingual('排定年数须为 1 至 100 的整数', 'the number of years must be 1 to 100'));
  }
  const fixed = new Map<number, Fixed>([[input.firstYear, { orgId: input.first, source: 'first' }]]);
  for (const override of input.overrides ?? []) {
    if (override.year < input.firstYear || override.year > lastYear) {
      throw impossible(override.year, bilingual(
        `指定的年份不在 ${input.firstYear}–${lastYear} 年的排定范围内`,
        `the year is outside the schedule ${input.firstYear}–${lastYear}`,
      ));
    }
    const termStart = termStartOf(override.year, input.firstYear, rule.termYears);
    if (fixed.get(termStart)?.source === 'override') {
      throw impossible(override.year, rule.termYears === 1
        ? bilingual('同一年份被指定了两次，请只保留一项决定', 'the year is fixed twice; keep one decision')
        : bilingual(`同一届任期（自 ${termStart} 年起）被指定了两次，请只保留一项决定`, `the term beginning in ${termStart} is fixed twice; keep one decision`));
    }
    fixed.set(termStart, { orgId: override.orgId, source: 'override', reason: override.reason });
  }
  for (const [year, choice] of fixed) {
    const member = byId.get(choice.orgId);
    if (!member) {
      throw impossible(year, bilingual(`指定的单位（${choice.orgId}）不在成员院校名单中`, `the unit designated (${choice.orgId}) is not a member school`));
    }
    if (member.joinedOn > `${year}-01-01`) {
      throw impossible(year, bilingual(
        `${member.name ?? member.orgId} 于 ${member.joinedOn} 加入，该年开始时尚不是成员院校`,
        `${member.name ?? member.orgId} joined on ${member.joinedOn}, after the year began`,
      ));
    }
  }
  return fixed;
}

function assertFixedChoiceAllowed(year: number, chair: ChairCandidate, previous: ChairYear | undefined): void {
  if (previous && previous.city === chair.city) {
    throw impossible(year, bilingual(
      `${previous.year} 年与 ${year} 年的轮值主席单位同在${chair.city}，章程第六条要求相邻两届由不同城市的成员院校担任，请调整指定`,
      `${previous.year} and ${year} would both be chaired from ${chair.city}; 章程第六条 requires a different city for consecutive terms, so change one of the designations`,
    ));
  }
}

/** Cities in the order of their first-listed school; this order is the rotation's. */
function citiesInOrder(members: ChairCandidate[]): string[] {
  const firstOrder = new Map<string, number>();
  for (const member of members) {
    firstOrder.set(member.city, Math.min(firstOrder.get(member.city) ?? Infinity, member.order));
  }
  return [...firstOrder.keys()].sort((a, b) => firstOrder.get(a)! - firstOrder.get(b)! || compareText(a, b));
}

/**
 * A city or school that becomes eligible joins the current round as not yet visited: it starts at the
 * fewest turns of those already rotating, so it neither chairs several years running nor waits a round.
 */
function welcomeNewcomers(eligible: ChairCandidate[], cityTurns: Map<string, number>, schoolTurns: Map<string, number>): void {
  const knownCityTurns = [...cityTurns.values()];
  const cityStart = knownCityTurns.length > 0 ? Math.min(...knownCityTurns) : 0;
  for (const member of eligible) {
    if (!cityTurns.has(member.city)) cityTurns.set(member.city, cityStart);
  }
  for (const member of eligible) {
    if (schoolTurns.has(member.orgId)) continue;
    const neighbours = eligible.filter((other) => other.city === member.city && schoolTurns.has(other.orgId));
    const turns = neighbours.map((other) => schoolTurns.get(other.orgId)!);
    schoolTurns.set(member.orgId, turns.length > 0 ? Math.min(...turns) : 0);
  }
}

interface SchoolRotation {
  schoolTurns: Map<string, number>;
  schoolChairs: Map<string, number>;
  lastSchoolOfCity: Map<string, string>;
}

/**
 * The city's next school: fewest turns in the city's round; then one that has chaired fewer times overall
 * (a newcomer); then the one that follows the city's last chair in the list order, cyclically.
 */
function nextSchoolIn(city: string, eligible: ChairCandidate[], rotation: SchoolRotation): ChairCandidate {
  const listed = eligible.filter((member) => member.city === city).sort(byListOrder);
  const last = rotation.lastSchoolOfCity.get(city);
  const lastIndex = last === undefined ? -1 : listed.findIndex((member) => member.orgId === last);
  const distance = (index: number) => (index - lastIndex - 1 + listed.length) % listed.length;
  const turns = (member: ChairCandidate) => rotation.schoolTurns.get(member.orgId)!;
  const chairs = (member: ChairCandidate) => rotation.schoolChairs.get(member.orgId) ?? 0;
  const ranked = listed
    .map((member, index) => ({ member, distance: distance(index) }))
    .sort((a, b) => turns(a.member) - turns(b.member) || chairs(a.member) - chairs(b.member) || a.distance - b.distance);
  return ranked[0]!.member;
}

function byListOrder(a: ChairCandidate, b: ChairCandidate): number {
  return a.order - b.order || compareText(a.joinedOn, b.joinedOn) || compareText(a.orgId, b.orgId);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cityOf(choice: Fixed | undefined, byId: Map<string, ChairCandidate>): string | undefined {
  return choice ? byId.get(choice.orgId)?.city : undefined;
}
