/** The entry form's values and the request body they become: people as a list, other cells as “列名：内容” lines. */
import type { TRegisterEntry, TRegisterEntryInput } from '@chanjiao/contracts/reports/index';

export interface EntryFormValues extends Omit<TRegisterEntryInput, 'extra' | 'people'> {
  people?: string[];
  extraText?: string;
}

/** One “列名：内容” a line; a line without a colon is kept whole under its own text so the server names it. */
export function extraCellsOf(text: string | undefined): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const line of (text ?? '').split('\n').map((l) => l.trim())) {
    if (!line) continue;
    const at = line.search(/[:：]/);
    if (at <= 0) cells[line] = '';
    else cells[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return cells;
}

export const extraTextOf = (extra: Record<string, string>) =>
  Object.entries(extra)
    .map(([key, value]) => `${key}：${value}`)
    .join('\n');

export function entryPayload(values: EntryFormValues): TRegisterEntryInput {
  const { extraText, people, ...rest } = values;
  return { ...rest, people: people ?? [], extra: extraCellsOf(extraText) };
}

export function entryFormValues(entry: TRegisterEntry): EntryFormValues {
  return {
    kind: entry.kind,
    level: entry.level,
    year: entry.year,
    schoolLevel: entry.schoolLevel,
    name: entry.name,
    holderSchool: entry.holder.name,
    majorCode: entry.majorCode ?? undefined,
    majorName: entry.majorName ?? undefined,
    people: entry.people,
    extraText: extraTextOf(entry.extra),
    sourceTable: entry.sourceTable ?? undefined,
  };
}

/** Whether each line of the other cells reads “列名：内容”. */
export const extraTextWellFormed = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .every((line) => line.search(/[:：]/) > 0);
