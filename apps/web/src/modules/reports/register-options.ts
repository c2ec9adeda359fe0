/** The register's kinds, levels and school levels as select options and as the words of a block's filter. */
import {
  REGISTER_KIND_NAMES,
  REGISTER_KINDS,
  REGISTER_LEVEL_NAMES,
  REGISTER_LEVELS,
  REGISTER_SCHOOL_LEVEL_NAMES,
  REGISTER_SCHOOL_LEVELS,
  type TRegisterFilter,
} from '@chanjiao/contracts/reports/index';
import type { Bilingual } from '@chanjiao/contracts/i18n';

type Words = (text: Bilingual) => string;

const optionsOf = <T extends string>(names: readonly T[], labels: Record<T, Bilingual>, words: Words) =>
  names.map((value) => ({ value, label: words(labels[value]) }));

export const registerOptions = (words: Words) => ({
  kinds: optionsOf(REGISTER_KIND_NAMES, REGISTER_KINDS, words),
  levels: optionsOf(REGISTER_LEVEL_NAMES, REGISTER_LEVELS, words),
  schoolLevels: optionsOf(REGISTER_SCHOOL_LEVEL_NAMES, REGISTER_SCHOOL_LEVELS, words),
});

/** Each condition of a filter in words, in the order the register's columns read: “市级”, “2024”, “来源：…”. */
export function filterConditions(filter: TRegisterFilter, words: Words, labels: { source: string; keyword: string }): string[] {
  return [
    filter.kind && words(REGISTER_KINDS[filter.kind]),
    filter.level && words(REGISTER_LEVELS[filter.level]),
    filter.year !== undefined && String(filter.year),
    filter.schoolLevel && words(REGISTER_SCHOOL_LEVELS[filter.schoolLevel]),
    filter.sourceTable && `${labels.source}：${filter.sourceTable}`,
    filter.keyword && `${labels.keyword}：${filter.keyword}`,
  ].filter((condition): condition is string => !!condition);
}
