/**
 * Which rule of the charter decides an agenda item, and that rule in words. 章程第八条 decides resolutions by
 * 到会成员半数以上, charter amendment and termination by 三分之二以上 (第二十六、二十七条 say 成员代表: the base
 * is data, so the words always state the one in force); 第二十一条 decides expulsion by 半数以上.
 */
import {
  type AgendaItemKind,
  type Bilingual,
  type TCharterParameters,
  type TQuorum,
  type TVoteThreshold,
  VOTE_BASE_LABELS,
} from '@chanjiao/contracts';
import { bilingual } from '../../../kernel/errors.js';
import { shareName } from './fractions.rules.js';

type VoteRules = TCharterParameters['votes'];

const RULE_OF_KIND: Record<AgendaItemKind, keyof VoteRules> = {
  motion: 'resolution',
  admission: 'resolution',
  withdrawal: 'resolution',
  plan_approval: 'resolution',
  budget_approval: 'resolution',
  appointment: 'resolution',
  expulsion: 'expulsion',
  charter_amendment: 'charterAmendment',
  termination: 'termination',
};

export function ruleNameOf(kind: AgendaItemKind): keyof VoteRules {
  return RULE_OF_KIND[kind];
}

export function thresholdFor(kind: AgendaItemKind, params: TCharterParameters): TVoteThreshold {
  return params.votes[RULE_OF_KIND[kind]];
}

/** "到会成员二分之一以上（≥1/2）同意" / "超过到会成员二分之一（>1/2）同意". */
export function describeThreshold(threshold: TVoteThreshold): Bilingual {
  const share = shareName(threshold);
  const base = VOTE_BASE_LABELS[threshold.base];
  const fraction = `${threshold.numerator}/${threshold.denominator}`;
  return threshold.comparator === 'gte'
    ? bilingual(
        `${base['zh-CN']}${share['zh-CN']}以上（≥${fraction}）同意`,
        `yes from at least ${share['en-US']} of the ${base['en-US']} (≥${fraction})`,
      )
    : bilingual(
        `超过${base['zh-CN']}${share['zh-CN']}（>${fraction}）同意`,
        `yes from more than ${share['en-US']} of the ${base['en-US']} (>${fraction})`,
      );
}

export function describeQuorum(quorum: TQuorum | null): Bilingual | null {
  if (!quorum) return null;
  const share = shareName(quorum);
  const symbol = quorum.comparator === 'gte' ? '≥' : '>';
  return bilingual(
    `法定人数：到会成员${symbol}全体有表决权成员的${share['zh-CN']}`,
    `quorum: members present ${symbol} ${share['en-US']} of the members entitled to vote`,
  );
}

/** The rule an item is decided by, in words, with the quorum when the charter sets one. */
export function describeRule(threshold: TVoteThreshold, quorum: TQuorum | null): Bilingual {
  const rule = describeThreshold(threshold);
  const quorumText = describeQuorum(quorum);
  if (!quorumText) return rule;
  return bilingual(`${rule['zh-CN']}；${quorumText['zh-CN']}`, `${rule['en-US']}; ${quorumText['en-US']}`);
}
