/**
 * The rotating chair (章程第六、七条): one chair unit a term (the charter's rule: a term of one year by default).
 * The charter says among whom it rotates (`rule.basis`):
 * - `city` (the seed charter: "由不同城市的成员院校轮流担任"): each term from a different city than the term
 *   before; every city takes a turn before any city repeats, and the member schools of a city take turns;
 * - `member` (a body whose members sit in one city, e.g. a 区职教联盟): the member units take turns, every unit
 *   before any repeats, and the same unit never chairs two consecutive terms;
 * - `none`: cities take turns as under `city`, but consecutive terms may come from the same city.
 * The first chair is designated (2026: 上海市曹杨职业技术学校, 简报第1期); the joint meeting may fix any year,
 * which fixes the term holding it, and the rotation is planned around those fixed terms. A school may chair
 * from the first term that begins on or after the day it joined. Callers pass the member schools (成员院校) only.
 */
import { type Bilingual, type ChairRotationBasis, DEFAULT_CHAIR_ROTATION, type TChairRotationRule } from '@chanjiao/contracts';
import { bilingual } from '../../../kernel/errors.js';
import { pickRotationGroup } from './chair-groups.rules.js';
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

/**
 * What takes turns under the charter's rule: a city (`city`, `none`), or the member unit itself (`member`), so
 * that every unit is a rotation group of its own and "a different group" means "a different unit".
 */
function groupOf(basis: ChairRotationBasis) {
  return (member: { orgId: string; city: string }) => (basis === 'member' ? member.orgId : member.city);
}

export function chairSchedule(input: ChairScheduleInput): ChairYear[] {
  const rule = input.rule ?? DEFAULT_CHAIR_ROTATION;
  const group = groupOf(rule.basis);
  const differentGroup = rule.basis !== 'none';
  const lastYear = input.firstYear + input.years - 1;
  const byId = new Map(input.members.map((member) => [member.orgId, member]));
  const fixed = fixedTerms(input, rule, byId);
  const groupOrder = groupsInOrder(input.members, group);
  const groupTurns = new Map<string, number>();
  const schoolTurns = new Map<string, number>();
  const schoolChairs = new Map<string, number>();
  const lastSchoolOfGroup = new Map<string, string>();
  const schedule: ChairYear[] = [];

  for (let start = input.firstYear; start <= lastYear; start += rule.termYears) {
    const eligible = input.members.filter((member) => member.joinedOn <= `${start}-01-01`);
    welcomeNewcomers(eligible, group, groupTurns, schoolTurns);
    const previous = schedule.at(-1);
    const chosen = fixed.get(start);
    let chair: ChairCandidate;
    let repeat = false;
    if (chosen) {
      chair = byId.get(chosen.orgId)!;
      if (differentGroup) assertFixedChoiceAllowed(start, chair, previous, rule.basis);
    } else {
      const pick = pickRotationGroup({
        year: start,
        termYears: rule.termYears,
        basis: rule.basis,
        eligibleGroups: new Set(eligible.map(group)),
        groupOrder,
        groupTurns,
        previousGroup: previous ? group(previous) : undefined,
        fixedGroupOf: (later) => groupOfFixed(fixed.get(later), byId, group),
        nameOf: (key) => (rule.basis === 'member' ? (byId.get(key)?.name ?? key) : key),
        lastYear,
      });
      chair = nextSchoolIn(pick.group, eligible, group, { schoolTurns, schoolChairs, lastSchoolOfGroup });
      repeat = pick.repeat;
    }
    groupTurns.set(group(chair), (groupTurns.get(group(chair)) ?? 0) + 1);
    schoolTurns.set(chair.orgId, (schoolTurns.get(chair.orgId) ?? 0) + 1);
    schoolChairs.set(chair.orgId, (schoolChairs.get(chair.orgId) ?? 0) + 1);
    lastSchoolOfGroup.set(group(chair), chair.orgId);
    const source: ChairSource = chosen ? chosen.source : repeat ? 'new_round' : 'rotation';
    const end = Math.min(start + rule.termYears - 1, lastYear);
    const previousChair = previous ? byId.get(previous.orgId) : undefined;
    const explanation = explainChairYear({
      year: start,
      termEnd: end,
      name: chair.name ?? chair.orgId,
      city: chair.city,
      source,
      basis: rule.basis,
      previous:
        !differentGroup || !previous ? undefined : rule.basis === 'member' ? (previousChair?.name ?? previous.orgId) : previous.city,
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
      throw impossible(
        override.year,
        bilingual(
          `指定的年份不在 ${input.firstYear}–${lastYear} 年的排定范围内`,
          `the year is outside the schedule ${input.firstYear}–${lastYear}`,
        ),
      );
    }
    const termStart = termStartOf(override.year, input.firstYear, rule.termYears);
    if (fixed.get(termStart)?.source === 'override') {
      throw impossible(
        override.year,
        rule.termYears === 1
          ? bilingual('同一年份被指定了两次，请只保留一项决定', 'the year is fixed twice; keep one decision')
          : bilingual(
              `同一届任期（自 ${termStart} 年起）被指定了两次，请只保留一项决定`,
              `the term beginning in ${termStart} is fixed twice; keep one decision`,
            ),
      );
    }
    fixed.set(termStart, { orgId: override.orgId, source: 'override', reason: override.reason });
  }
  for (const [year, choice] of fixed) {
    const member = byId.get(choice.orgId);
    if (!member) {
      throw impossible(
        year,
        bilingual(`指定的单位（${choice.orgId}）不在成员院校名单中`, `the unit designated (${choice.orgId}) is not a member school`),
      );
    }
    if (member.joinedOn > `${year}-01-01`) {
      throw impossible(
        year,
        bilingual(
          `${member.name ?? member.orgId} 于 ${member.joinedOn} 加入，该年开始时尚不是成员院校`,
          `${member.name ?? member.orgId} joined on ${member.joinedOn}, after the year began`,
        ),
      );
    }
  }
  return fixed;
}

function assertFixedChoiceAllowed(year: number, chair: ChairCandidate, previous: ChairYear | undefined, basis: ChairRotationBasis): void {
  if (!previous) return;
  if (basis === 'city' && previous.city === chair.city) {
    throw impossible(
      year,
      bilingual(
        `${previous.year} 年与 ${year} 年的轮值主席单位同在${chair.city}，章程第六条要求相邻两届由不同城市的成员院校担任，请调整指定`,
        `${previous.year} and ${year} would both be chaired from ${chair.city}; 章程第六条 requires a different city for consecutive terms, so change one of the designations`,
      ),
    );
  }
  if (basis === 'member' && previous.orgId === chair.orgId) {
    const name = chair.name ?? chair.orgId;
    throw impossible(
      year,
      bilingual(
        `${name}将连续担任 ${previous.year} 年与 ${year} 年的轮值主席单位，章程规定在成员单位之间轮流、同一单位不得连任，请调整指定`,
        `${name} would chair both ${previous.year} and ${year}; the charter rotates the chair among the member units and no unit chairs two terms running, so change one of the designations`,
      ),
    );
  }
}

/** Rotation groups (cities, or units) in the order of their first-listed school; this order is the rotation's. */
function groupsInOrder(members: ChairCandidate[], group: (member: ChairCandidate) => string): string[] {
  const firstOrder = new Map<string, number>();
  for (const member of members) {
    firstOrder.set(group(member), Math.min(firstOrder.get(group(member)) ?? Infinity, member.order));
  }
  return [...firstOrder.keys()].sort((a, b) => firstOrder.get(a)! - firstOrder.get(b)! || compareText(a, b));
}

/**
 * A group or school that becomes eligible joins the current round as not yet visited: it starts at the
 * fewest turns of those already rotating, so it neither chairs several years running nor waits a round.
 */
function welcomeNewcomers(
  eligible: ChairCandidate[],
  group: (member: ChairCandidate) => string,
  groupTurns: Map<string, number>,
  schoolTurns: Map<string, number>,
): void {
  const knownGroupTurns = [...groupTurns.values()];
  const groupStart = knownGroupTurns.length > 0 ? Math.min(...knownGroupTurns) : 0;
  for (const member of eligible) {
    if (!groupTurns.has(group(member))) groupTurns.set(group(member), groupStart);
  }
  for (const member of eligible) {
    if (schoolTurns.has(member.orgId)) continue;
    const neighbours = eligible.filter((other) => group(other) === group(member) && schoolTurns.has(other.orgId));
    const turns = neighbours.map((other) => schoolTurns.get(other.orgId)!);
    schoolTurns.set(member.orgId, turns.length > 0 ? Math.min(...turns) : 0);
  }
}

interface SchoolRotation {
  schoolTurns: Map<string, number>;
  schoolChairs: Map<string, number>;
  lastSchoolOfGroup: Map<string, string>;
}

/**
 * The group's next school: fewest turns in the group's round; then one that has chaired fewer times overall
 * (a newcomer); then the one that follows the group's last chair in the list order, cyclically. Under the
 * `member` rule every group is one unit.
 */
function nextSchoolIn(
  key: string,
  eligible: ChairCandidate[],
  group: (member: ChairCandidate) => string,
  rotation: SchoolRotation,
): ChairCandidate {
  const listed = eligible.filter((member) => group(member) === key).sort(byListOrder);
  const last = rotation.lastSchoolOfGroup.get(key);
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

function groupOfFixed(
  choice: Fixed | undefined,
  byId: Map<string, ChairCandidate>,
  group: (member: ChairCandidate) => string,
): string | undefined {
  const member = choice ? byId.get(choice.orgId) : undefined;
  return member ? group(member) : undefined;
}
