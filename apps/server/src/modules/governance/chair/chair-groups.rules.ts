/**
 * Which rotation group chairs a term the meeting has not fixed (章程第六条). A group is a city (the seed
 * charter's rule, and `none`) or a single member unit (`member`, for a body whose members share one city).
 * It is a group that has not yet chaired in the current round — not the group of the term before or of a
 * fixed term after, when the charter requires consecutive terms to differ — next in rotation order. Groups
 * the meeting has fixed for a later term of the same round are kept for that term.
 */
import type { ChairRotationBasis } from '@chanjiao/contracts';
import { bilingual } from '../../../kernel/errors.js';
import { chairImpossible } from './chair-explanations.rules.js';

export interface RotationState {
  /** The first year of the term being planned. */
  year: number;
  termYears: number;
  /** The charter's rule: consecutive terms from different cities (`city`) or units (`member`), or neither. */
  basis: ChairRotationBasis;
  eligibleGroups: Set<string>;
  /** All groups in rotation order. */
  groupOrder: string[];
  groupTurns: Map<string, number>;
  previousGroup: string | undefined;
  fixedGroupOf: (year: number) => string | undefined;
  /** A group as people read it: the city, or the unit's name. */
  nameOf: (group: string) => string;
  lastYear: number;
}

export function pickRotationGroup(state: RotationState): { group: string; repeat: boolean } {
  const { year, previousGroup } = state;
  const differ = state.basis !== 'none';
  const turns = (group: string) => state.groupTurns.get(group) ?? 0;
  const groups = state.groupOrder.filter((group) => state.eligibleGroups.has(group));
  if (groups.length === 0) {
    throw chairImpossible(year, bilingual('该年开始时没有已加入的成员院校', 'no member school had joined when the year began'));
  }
  const nextFixed = differ ? state.fixedGroupOf(year + state.termYears) : undefined;
  const allowed = differ ? groups.filter((group) => group !== previousGroup && group !== nextFixed) : groups;
  const fewest = Math.min(...groups.map(turns));
  const round = groups.filter((group) => turns(group) === fewest);
  const kept = keptForFixedYears(state, round);
  const byRotation = rotationRank(state.groupOrder, previousGroup);

  const inTurn = allowed.filter((group) => turns(group) === fewest && !kept.has(group)).sort(byRotation);
  if (inTurn[0]) return { group: inTurn[0], repeat: false };
  const early = [...allowed].sort((a, b) => Number(kept.has(a)) - Number(kept.has(b)) || turns(a) - turns(b) || byRotation(a, b));
  if (early[0]) return { group: early[0], repeat: true };
  throw chairImpossible(year, noGroupReason(state, groups, nextFixed));
}

/** Round groups the meeting fixed for a later term before this round can end; each takes one of its slots. */
function keptForFixedYears(state: RotationState, round: string[]): Set<string> {
  const kept = new Set<string>();
  let slotsAfterThisYear = round.length - 1;
  for (let later = state.year + state.termYears; later <= state.lastYear && slotsAfterThisYear > 0; later += state.termYears) {
    const fixedGroup = state.fixedGroupOf(later);
    if (fixedGroup === undefined) {
      slotsAfterThisYear--;
    } else if (round.includes(fixedGroup) && !kept.has(fixedGroup)) {
      kept.add(fixedGroup);
      slotsAfterThisYear--;
    }
  }
  return kept;
}

/** Orders groups by how soon they follow `previousGroup` in the cyclic rotation order. */
function rotationRank(groupOrder: string[], previousGroup: string | undefined) {
  const start = previousGroup === undefined ? 0 : groupOrder.indexOf(previousGroup) + 1;
  const distance = (group: string) => (groupOrder.indexOf(group) - start + groupOrder.length) % groupOrder.length;
  return (a: string, b: string) => distance(a) - distance(b);
}

function noGroupReason(state: RotationState, groups: string[], nextFixed: string | undefined) {
  const previous = state.previousGroup === undefined ? '' : state.nameOf(state.previousGroup);
  const names = groups.map(state.nameOf);
  const following = nextFixed === undefined ? '' : state.nameOf(nextFixed);
  if (state.basis === 'member') {
    if (groups.length === 1) {
      return bilingual(
        `除上一届的${previous}外没有其他成员院校，章程规定轮值主席在成员单位之间轮流、同一单位不得连任；请先吸纳其他成员院校`,
        `there is no member school besides ${previous}, the chair of the term before, and the charter rotates the chair among the member units with no unit chairing two terms running; admit other member schools first`,
      );
    }
    return bilingual(
      `可选的成员院校（${names.join('、')}）都是上一届（${previous}）或下一届按决议指定的单位（${following}）`,
      `every member school available (${names.join(', ')}) chairs the term before (${previous}) or the next term as fixed by the meeting (${following})`,
    );
  }
  if (groups.length === 1) {
    return bilingual(
      `除上一年的${previous}外没有其他城市的成员院校，章程第六条要求每年由不同城市的成员院校轮流担任；请先吸纳其他城市的成员院校，或由章程规定在成员单位之间轮流（尚无章程记录的，先在“章程”页登记章程）`,
      `there is no member school outside ${previous}, the city of the year before, and 章程第六条 requires a different city each year; admit member schools from other cities first, or have the charter rotate the chair among the member units (register the charter on the Charter page if none is on record)`,
    );
  }
  return bilingual(
    `可选的城市（${names.join('、')}）都与上一年（${previous}）或下一年按决议指定的城市（${following}）相同`,
    `every city available (${names.join(', ')}) is the city of the year before (${previous}) or of the next year as fixed by the meeting (${following})`,
  );
}
