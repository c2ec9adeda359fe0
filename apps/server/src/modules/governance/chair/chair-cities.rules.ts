/**
 * Which city chairs a year that the meeting has not fixed (章程第六条): a city that has not yet chaired in
 * the current round, not the city of the year before or of a fixed year after, next in rotation order.
 * Cities the meeting has fixed for a later year of the same round are kept for that year.
 */
import { bilingual } from '../../../kernel/errors.js';
import { chairImpossible } from './chair-explanations.rules.js';

export interface RotationState {
  /** The first year of the term being planned. */
  year: number;
  termYears: number;
  /** The charter's rule that consecutive terms come from different cities. */
  differentCity: boolean;
  eligibleCities: Set<string>;
  /** All cities in rotation order. */
  cityOrder: string[];
  cityTurns: Map<string, number>;
  previousCity: string | undefined;
  fixedCityOf: (year: number) => string | undefined;
  lastYear: number;
}

export function pickRotationCity(state: RotationState): { city: string; repeat: boolean } {
  const { year, previousCity } = state;
  const turns = (city: string) => state.cityTurns.get(city) ?? 0;
  const cities = state.cityOrder.filter((city) => state.eligibleCities.has(city));
  if (cities.length === 0) {
    throw chairImpossible(year, bilingual('该年开始时没有已加入的成员院校', 'no member school had joined when the year began'));
  }
  const nextFixed = state.differentCity ? state.fixedCityOf(year + state.termYears) : undefined;
  const allowed = state.differentCity ? cities.filter((city) => city !== previousCity && city !== nextFixed) : cities;
  const fewest = Math.min(...cities.map(turns));
  const round = cities.filter((city) => turns(city) === fewest);
  const kept = keptForFixedYears(state, round);
  const byRotation = rotationRank(state.cityOrder, previousCity);

  const inTurn = allowed.filter((city) => turns(city) === fewest && !kept.has(city)).sort(byRotation);
  if (inTurn[0]) return { city: inTurn[0], repeat: false };
  const early = [...allowed].sort(
    (a, b) => Number(kept.has(a)) - Number(kept.has(b)) || turns(a) - turns(b) || byRotation(a, b),
  );
  if (early[0]) return { city: early[0], repeat: true };
  throw chairImpossible(year, noCityReason(cities, previousCity, nextFixed));
}

/** Round cities the meeting fixed for a later year before this round can end; each takes one of its slots. */
function keptForFixedYears(state: RotationState, round: string[]): Set<string> {
  const kept = new Set<string>();
  let slotsAfterThisYear = round.length - 1;
  for (let later = state.year + state.termYears; later <= state.lastYear && slotsAfterThisYear > 0; later += state.termYears) {
    const fixedCity = state.fixedCityOf(later);
    if (fixedCity === undefined) {
      slotsAfterThisYear--;
    } else if (round.includes(fixedCity) && !kept.has(fixedCity)) {
      kept.add(fixedCity);
      slotsAfterThisYear--;
    }
  }
  return kept;
}

/** Orders cities by how soon they follow `previousCity` in the cyclic rotation order. */
function rotationRank(cityOrder: string[], previousCity: string | undefined) {
  const start = previousCity === undefined ? 0 : cityOrder.indexOf(previousCity) + 1;
  const distance = (city: string) => (cityOrder.indexOf(city) - start + cityOrder.length) % cityOrder.length;
  return (a: string, b: string) => distance(a) - distance(b);
}

function noCityReason(cities: string[], previousCity: string | undefined, nextFixed: string | undefined) {
  if (cities.length === 1) {
    return bilingual(
      `除上一年的${previousCity}外没有其他城市的成员院校，章程第六条要求每年由不同城市的成员院校轮流担任；请先吸纳其他城市的成员院校`,
      `there is no member school outside ${previousCity}, the city of the year before, and 章程第六条 requires a different city each year; admit member schools from other cities first`,
    );
  }
  return bilingual(
    `可选的城市（${cities.join('、')}）都与上一年（${previousCity}）或下一年按决议指定的城市（${nextFixed}）相同`,
    `every city available (${cities.join(', ')}) is the city of the year before (${previousCity}) or of the next year as fixed by the meeting (${nextFixed})`,
  );
}
