/** What the chair schedule says about each year (章程第六条), and its refusal when no city or unit can chair. */
import type { Bilingual, ChairRotationBasis } from '@chanjiao/contracts';
import { bilingual, DomainError } from '../../../kernel/errors.js';

/** first: the designated first chair; override: fixed by the meeting; new_round: a city repeats early. */
export type ChairSource = 'first' | 'override' | 'rotation' | 'new_round';

export interface ChairYearFacts {
  /** The term's first year; `termEnd` its last when a term is longer than a year. */
  year: number;
  termEnd?: number;
  name: string;
  city: string;
  source: ChairSource;
  /** The charter's rotation rule; the seed charter's (`city`) when absent. */
  basis?: ChairRotationBasis;
  /** The city (or, under `member`, the unit) of the term before, when the charter requires a different one. */
  previous?: string;
  reason?: string;
}

export function explainChairYear({ year, termEnd, name, city, source, basis = 'city', previous, reason }: ChairYearFacts): Bilingual {
  const longTerm = termEnd !== undefined && termEnd > year;
  const head = longTerm
    ? bilingual(`${year}–${termEnd} 年（一届）：${name}（${city}）`, `${year}–${termEnd} (one term): ${name} (${city})`)
    : bilingual(`${year} 年：${name}（${city}）`, `${year}: ${name} (${city})`);
  const before = longTerm ? bilingual('上一届', 'the term before') : bilingual('上一年', 'the year before');
  const body = basis === 'member' ? memberRotation(name, before, previous) : cityRotation(name, city, before, previous);
  const fixed: Record<'first' | 'override', Bilingual> = {
    first: bilingual('，为指定的首届轮值主席单位', ', the designated first chair unit'),
    override: bilingual(`，按校长联席会议决定：${reason ?? ''}`, `, as the joint meeting decided: ${reason ?? ''}`),
  };
  const text = source === 'first' || source === 'override' ? fixed[source] : body[source];
  return bilingual(`${head['zh-CN']}${text['zh-CN']}。`, `${head['en-US']}${text['en-US']}.`);
}

/** 章程第六条 of the seed charter: cities take turns, and the member schools of a city among themselves. */
function cityRotation(
  name: string,
  city: string,
  before: Bilingual,
  previousCity: string | undefined,
): Record<'rotation' | 'new_round', Bilingual> {
  const differs = previousCity
    ? bilingual(`，与${before['zh-CN']}（${previousCity}）不同`, `, a different city from ${before['en-US']} (${previousCity})`)
    : bilingual('', '');
  return {
    rotation: bilingual(
      `。${city}在本轮尚未担任轮值主席${differs['zh-CN']}；该市成员院校依次轮流，本次轮到${name}`,
      `. ${city} has not chaired in this round${differs['en-US']}; the city's member schools take turns and it is ${name}'s turn`,
    ),
    new_round: bilingual(
      `。本轮尚未担任的城市都与相邻年份同城或已按决议安排在后续年份，${city}提前开始新一轮${differs['zh-CN']}；该市成员院校依次轮流，本次轮到${name}`,
      `. Every city yet to chair this round borders the same city or is already fixed for a later year, so ${city} starts the next round early${differs['en-US']}; it is ${name}'s turn in the city`,
    ),
  };
}

/** A charter that rotates the chair among the member units: each unit once a round, never two terms running. */
function memberRotation(name: string, before: Bilingual, previousUnit: string | undefined): Record<'rotation' | 'new_round', Bilingual> {
  const differs = previousUnit
    ? bilingual(
        `，${before['zh-CN']}为${previousUnit}，不连任`,
        `; ${before['en-US']} was chaired by ${previousUnit}, so no unit chairs twice running`,
      )
    : bilingual('', '');
  return {
    rotation: bilingual(
      `。成员单位依次轮流担任，${name}在本轮尚未担任轮值主席${differs['zh-CN']}`,
      `. The member units take turns and ${name} has not chaired in this round${differs['en-US']}`,
    ),
    new_round: bilingual(
      `。本轮尚未担任的成员单位都与相邻一届相同或已按决议安排在后续年份，${name}提前开始新一轮${differs['zh-CN']}`,
      `. Every unit yet to chair this round chairs a neighbouring term or is already fixed for a later year, so ${name} starts the next round early${differs['en-US']}`,
    ),
  };
}

export function chairImpossible(year: number, reason: Bilingual): DomainError {
  return new DomainError('CHAIR_ROTATION_IMPOSSIBLE', { year, reason });
}
