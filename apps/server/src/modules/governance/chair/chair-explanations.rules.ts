/** What the chair schedule says about each year (章程第六条), and its refusal when no city can chair. */
import type { Bilingual } from '@chanjiao/contracts';
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
  previousCity?: string;
  reason?: string;
}

export function explainChairYear({ year, termEnd, name, city, source, previousCity, reason }: ChairYearFacts): Bilingual {
  const longTerm = termEnd !== undefined && termEnd > year;
  const head = longTerm
    ? bilingual(`${year}–${termEnd} 年（一届）：${name}（${city}）`, `${year}–${termEnd} (one term): ${name} (${city})`)
    : bilingual(`${year} 年：${name}（${city}）`, `${year}: ${name} (${city})`);
  const before = longTerm ? bilingual('上一届', 'the term before') : bilingual('上一年', 'the year before');
  const differs = previousCity
    ? bilingual(`，与${before['zh-CN']}（${previousCity}）不同`, `, a different city from ${before['en-US']} (${previousCity})`)
    : bilingual('', '');
  const body: Record<ChairSource, Bilingual> = {
    first: bilingual('，为指定的首届轮值主席单位', ', the designated first chair unit'),
    override: bilingual(`，按校长联席会议决定：${reason ?? ''}`, `, as the joint meeting decided: ${reason ?? ''}`),
    rotation: bilingual(
      `。${city}在本轮尚未担任轮值主席${differs['zh-CN']}；该市成员院校依次轮流，本次轮到${name}`,
      `. ${city} has not chaired in this round${differs['en-US']}; the city's member schools take turns and it is ${name}'s turn`,
    ),
    new_round: bilingual(
      `。本轮尚未担任的城市都与相邻年份同城或已按决议安排在后续年份，${city}提前开始新一轮${differs['zh-CN']}；该市成员院校依次轮流，本次轮到${name}`,
      `. Every city yet to chair this round borders the same city or is already fixed for a later year, so ${city} starts the next round early${differs['en-US']}; it is ${name}'s turn in the city`,
    ),
  };
  return bilingual(`${head['zh-CN']}${body[source]['zh-CN']}。`, `${head['en-US']}${body[source]['en-US']}.`);
}

export function chairImpossible(year: number, reason: Bilingual): DomainError {
  return new DomainError('CHAIR_ROTATION_IMPOSSIBLE', { year, reason });
}
