/**
 * Ranks of a call's applications (docs/sources.md 5.3): by total, highest first; equal totals are ordered by the call's
 * published tie-break (by default the higher score on 附件1 指标4 人才培养, then 指标5 服务发展); applications
 * still equal after every tie-break share a rank, and the next rank skips ("1, 2, 2, 4").
 */
import { type Bilingual, SELECTION_INDICATORS, type ScoredIndicator } from '@chanjiao/contracts';
import { bilingual } from '../../../kernel/errors.js';
import { compareScores, type ExactScore, formatScore } from './exact-score.rules.js';

export interface RankInput {
  applicationId: string;
  name?: string;
  total: ExactScore;
  byIndicator: Record<ScoredIndicator, ExactScore>;
}

export interface RankedApplication {
  applicationId: string;
  rank: number;
  /** Shares its rank with another application. */
  tied: boolean;
  /** The tie-break indicator that ordered it against an application with the same total. */
  decidedBy: ScoredIndicator | null;
  note: Bilingual | null;
}

export interface Ranking {
  ranked: RankedApplication[];
  /** Groups of applications equal on the total and every tie-break, for the authority to resolve. */
  unresolvedTies: string[][];
}

export function rankApplications(results: RankInput[], tieBreak: readonly ScoredIndicator[]): Ranking {
  const byMerit = (a: RankInput, b: RankInput) =>
    compareScores(b.total, a.total) ||
    tieBreak.reduce((order, code) => order || compareScores(b.byIndicator[code], a.byIndicator[code]), 0);
  const ordered = [...results].sort(
    (a, b) => byMerit(a, b) || (a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0),
  );

  const ranks: number[] = [];
  ordered.forEach((result, index) => {
    ranks.push(index > 0 && byMerit(ordered[index - 1]!, result) === 0 ? ranks[index - 1]! : index + 1);
  });
  const tiedRanks = new Set(ranks.filter((rank, index) => ranks.indexOf(rank) !== index));

  const ranked = ordered.map((result, index) => {
    const neighbour = sameTotalNeighbour(ordered, index);
    const sameExactTotal = neighbour !== null && compareScores(neighbour.other.total, result.total) === 0;
    const decidedBy = neighbour && sameExactTotal ? firstDifference(result, neighbour.other, tieBreak) : null;
    return {
      applicationId: result.applicationId,
      rank: ranks[index]!,
      tied: tiedRanks.has(ranks[index]!),
      decidedBy,
      note: neighbour ? explainTie(result, { ...neighbour, sameExactTotal }, decidedBy, ranks[index]!) : null,
    };
  });
  const unresolvedTies = [...tiedRanks].map((rank) => ranked.filter((entry) => entry.rank === rank).map((entry) => entry.applicationId));
  return { ranked, unresolvedTies };
}

/**
 * The adjacent application whose total reads the same (two decimals), preferring the one ranked just above:
 * the reader sees equal totals there, so the rank needs a word of explanation.
 */
function sameTotalNeighbour(ordered: RankInput[], index: number) {
  const shown = formatScore(ordered[index]!.total);
  const before = ordered[index - 1];
  if (before && formatScore(before.total) === shown) return { other: before, above: true };
  const after = ordered[index + 1];
  if (after && formatScore(after.total) === shown) return { other: after, above: false };
  return null;
}

function firstDifference(a: RankInput, b: RankInput, tieBreak: readonly ScoredIndicator[]): ScoredIndicator | null {
  return tieBreak.find((code) => compareScores(a.byIndicator[code], b.byIndicator[code]) !== 0) ?? null;
}

interface Neighbour {
  other: RankInput;
  above: boolean;
  sameExactTotal: boolean;
}

function explainTie(result: RankInput, neighbour: Neighbour, decidedBy: ScoredIndicator | null, rank: number): Bilingual {
  const { other, above: otherIsAbove } = neighbour;
  const otherName = other.name ?? other.applicationId;
  const total = formatScore(result.total);
  if (!neighbour.sameExactTotal) {
    return bilingual(
      `与“${otherName}”的总分四舍五入后同为 ${total}，按未经四舍五入的总分排在其${otherIsAbove ? '后' : '前'}`,
      `Same rounded total ${total} as “${otherName}”; the unrounded total places it ${otherIsAbove ? 'below' : 'above'}`,
    );
  }
  if (decidedBy === null) {
    return bilingual(
      `与“${otherName}”总分同为 ${total}，同分比较指标也相同，并列第 ${rank} 名`,
      `Same total ${total} as “${otherName}” and equal on every tie-break: shares rank ${rank}`,
    );
  }
  const indicator = SELECTION_INDICATORS[decidedBy].name;
  const mine = formatScore(result.byIndicator[decidedBy]);
  const theirs = formatScore(other.byIndicator[decidedBy]);
  const relation = otherIsAbove ? '<' : '>';
  return bilingual(
    `与“${otherName}”总分同为 ${total}，按指标${decidedBy} ${indicator['zh-CN']}（${mine} ${relation} ${theirs}）排在其${otherIsAbove ? '后' : '前'}`,
    `Same total ${total} as “${otherName}”; indicator ${decidedBy} ${indicator['en-US']} (${mine} ${relation} ${theirs}) places it ${otherIsAbove ? 'below' : 'above'}`,
  );
}
