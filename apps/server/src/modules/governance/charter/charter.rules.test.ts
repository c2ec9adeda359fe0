import { DEFAULT_CHARTER_PARAMETERS, type TCharterParameters } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { describeRule, describeThreshold, thresholdFor } from './charter.rules.js';

const seed = DEFAULT_CHARTER_PARAMETERS;
/** A body whose charter counts amendments against every member entitled, as 第二十六条's 成员代表 can be read. */
const ofEntitled: TCharterParameters = {
  ...seed,
  votes: { ...seed.votes, charterAmendment: { ...seed.votes.charterAmendment, base: 'entitled' } },
};

describe('which charter rule decides an agenda item', () => {
  it.each([
    ['章程第八条 resolutions: a motion', 'motion', seed, '到会成员二分之一以上（≥1/2）同意'],
    ['章程第九条(三) admission is a resolution', 'admission', seed, '到会成员二分之一以上（≥1/2）同意'],
    ['章程第九条(三) withdrawal is a resolution', 'withdrawal', seed, '到会成员二分之一以上（≥1/2）同意'],
    ['章程第二十一条 expulsion: 半数以上', 'expulsion', seed, '到会成员二分之一以上（≥1/2）同意'],
    ['章程第八条 amendment: 到会成员三分之二以上', 'charter_amendment', seed, '到会成员三分之二以上（≥2/3）同意'],
    ['章程第二十六条 read as 全体成员代表', 'charter_amendment', ofEntitled, '全体有表决权成员三分之二以上（≥2/3）同意'],
    ['章程第二十七条 termination', 'termination', seed, '到会成员三分之二以上（≥2/3）同意'],
  ] as const)('%s', (_case, kind, params, words) => {
    expect(describeThreshold(thresholdFor(kind, params))['zh-CN']).toBe(words);
  });

  it('states 过半数 (more than half) differently from 半数以上 (民法典第一千二百五十九条)', () => {
    const moreThanHalf = { ...seed.votes.resolution, comparator: 'gt' as const };
    expect(describeThreshold(moreThanHalf)).toEqual({
      'zh-CN': '超过到会成员二分之一（>1/2）同意',
      'en-US': 'yes from more than 1/2 of the members present (>1/2)',
    });
  });

  it('adds the quorum when a charter sets one', () => {
    const quorum = { numerator: 2, denominator: 3, comparator: 'gte' as const, base: 'entitled' as const };
    expect(describeRule(seed.votes.resolution, quorum)['zh-CN']).toBe(
      '到会成员二分之一以上（≥1/2）同意；法定人数：到会成员≥全体有表决权成员的三分之二',
    );
  });
});
