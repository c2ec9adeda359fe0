/**
 * The result of a vote at the joint meeting (章程第八条, 第二十一条, 第二十六条, 第二十七条) under a rule that is data:
 * a share, 以上 (≥) or 超过 (>), and whose number it is a share of. One vote per member unit (第十七条).
 */
import { type Bilingual, type TQuorum, type TVoteThreshold, VOTE_BASE_LABELS, type VoteBase } from '@chanjiao/contracts';
import { bilingual, DomainError } from '../../../kernel/errors.js';
import { meetsShare, minimumMeeting, relationSymbol, type Share, shareName, shareOfBase } from '../charter/fractions.rules.js';

export interface Ballots {
  yes: number;
  no: number;
  abstain: number;
}

export interface VoteInput {
  threshold: TVoteThreshold;
  quorum?: TQuorum | null;
  /** Member units entitled to vote in this vote (admitted before it opened). */
  entitled: number;
  /** Entitled members present or represented; a present member that casts no ballot still counts here. */
  present: number;
  ballots: Ballots;
}

export interface VoteDecision {
  passed: boolean;
  /** The fewest 同意 votes that pass (at least 1: nothing passes without a yes). */
  required: number;
  /** The number the share is taken of: present, entitled, or yes + no. */
  baseCount: number;
  quorumMet: boolean;
  quorumRequired: number | null;
  explanation: Bilingual;
}

export function decideVote(input: VoteInput): VoteDecision {
  const { threshold, quorum, entitled, present, ballots } = input;
  assertShare(threshold);
  if (quorum) assertShare(quorum);
  assertCounts(input);

  const baseCount = countOf(threshold.base, input);
  const required = Math.max(1, minimumMeeting(baseCount, threshold));
  const thresholdMet = ballots.yes >= required;
  const quorumMet = quorum ? meetsShare(present, entitled, quorum) : true;
  const passed = quorumMet && thresholdMet;

  const tally = bilingual(
    `同意 ${ballots.yes}、反对 ${ballots.no}、弃权 ${ballots.abstain}（应到 ${entitled}，到会 ${present}）`,
    `Yes ${ballots.yes}, no ${ballots.no}, abstain ${ballots.abstain} (entitled ${entitled}, present ${present})`,
  );
  const quorumLine = quorum ? explainQuorum(present, entitled, quorum, quorumMet) : null;
  const thresholdLine = explainThreshold(ballots.yes, baseCount, threshold, thresholdMet, required, passed);
  const lines = [tally, ...(quorumLine ? [quorumLine] : []), thresholdLine];
  return {
    passed,
    required,
    baseCount,
    quorumMet,
    quorumRequired: quorum ? minimumMeeting(entitled, quorum) : null,
    explanation: bilingual(lines.map((line) => line['zh-CN']).join('；'), lines.map((line) => line['en-US']).join('; ')),
  };
}

function countOf(base: VoteBase, input: VoteInput): number {
  switch (base) {
    case 'present':
      return input.present;
    case 'entitled':
      return input.entitled;
    case 'cast':
      return input.ballots.yes + input.ballots.no;
  }
}

function explainQuorum(present: number, entitled: number, quorum: TQuorum, met: boolean): Bilingual {
  const name = shareName(quorum);
  const symbol = relationSymbol(met, quorum.comparator);
  const value = shareOfBase(entitled, quorum);
  return bilingual(
    `到会 ${present} ${symbol} 全体有表决权成员 ${entitled} 的${name['zh-CN']}（${value}），${met ? '达到' : '未达到'}法定人数`,
    `${present} present ${symbol} ${name['en-US']} of ${entitled} members entitled to vote (${value}): quorum ${met ? 'met' : 'not met'}`,
  );
}

function explainThreshold(
  yes: number,
  baseCount: number,
  threshold: TVoteThreshold,
  met: boolean,
  required: number,
  passed: boolean,
): Bilingual {
  const name = shareName(threshold);
  const base = VOTE_BASE_LABELS[threshold.base];
  const value = shareOfBase(baseCount, threshold);
  const symbol = relationSymbol(met, threshold.comparator);
  const atLeast = String(required) === value ? null : required;
  return bilingual(
    `同意 ${yes} 票 ${symbol} ${base['zh-CN']} ${baseCount} 的${name['zh-CN']}（${value}${atLeast === null ? '' : `，至少 ${atLeast} 票`}），${passed ? '通过' : '未通过'}`,
    `${yes} yes ${symbol} ${name['en-US']} of ${baseCount} ${base['en-US']} (${value}${atLeast === null ? '' : `, at least ${atLeast}`}): ${passed ? 'passed' : 'not passed'}`,
  );
}

function assertShare(share: Share): void {
  const whole = Number.isInteger(share.numerator) && Number.isInteger(share.denominator);
  if (!whole || share.numerator < 1 || share.denominator < 1 || share.numerator > share.denominator) {
    throw new DomainError('VOTE_RULE_INVALID', {
      detail: bilingual(
        `比例 ${share.numerator}/${share.denominator} 须为不大于 1 的分数，分子、分母为正整数`,
        `the share ${share.numerator}/${share.denominator} must be a fraction of whole numbers no greater than 1`,
      ),
    });
  }
}

function assertCounts({ entitled, present, ballots }: VoteInput): void {
  const counts = [entitled, present, ballots.yes, ballots.no, ballots.abstain];
  const cast = ballots.yes + ballots.no + ballots.abstain;
  const problem = !counts.every((count) => Number.isInteger(count) && count >= 0)
    ? bilingual('各项人数和票数须为不小于 0 的整数', 'every count must be a whole number of 0 or more')
    : entitled < 1
      ? bilingual('应到人数至少为 1', 'at least 1 member must be entitled to vote')
      : present > entitled
        ? bilingual(`到会 ${present} 人多于应到 ${entitled} 人`, `${present} present is more than the ${entitled} entitled`)
        : cast > present
          ? bilingual(`票数合计 ${cast} 多于到会 ${present} 人`, `${cast} ballots is more than the ${present} present`)
          : null;
  if (problem) throw new DomainError('VOTE_COUNTS_INVALID', { detail: problem });
}
