/** Majors of the catalogue a demand or supply names, checked against the reference data and its levels. */
import { CATALOGUE_LEVEL, TALENT_LEVELS, type TalentLevel } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError } from '../../../kernel/errors.js';
import { majorsByCodes, regionExists, regionFullNames } from '../../reference/index.js';

export type MajorRow = Awaited<ReturnType<typeof majorsByCodes>>[number];

export async function majorsByCode(db: Executor, codes: string[]): Promise<Map<string, MajorRow>> {
  return new Map((await majorsByCodes(db, codes)).map((row) => [row.code, row]));
}

/** Every code is in the catalogue and, when a level is asked for, at that level. */
export async function requireMajors(db: Executor, codes: string[], level?: TalentLevel): Promise<Map<string, MajorRow>> {
  const found = await majorsByCode(db, codes);
  const unknown = codes.filter((code) => !found.has(code));
  if (unknown.length > 0) throw new DomainError('TALENT_UNKNOWN_MAJORS', { codes: unknown.join('、') });
  if (level) {
    const expected = CATALOGUE_LEVEL[level];
    const wrong = codes.map((code) => found.get(code)!).find((major) => major.level !== expected);
    if (wrong) {
      throw new DomainError('TALENT_MAJOR_LEVEL', {
        major: wrong.name,
        code: wrong.code,
        actual: wrong.level,
        expected: TALENT_LEVELS[level],
      });
    }
  }
  return found;
}

export async function requireRegion(db: Executor, code: string): Promise<void> {
  if (!(await regionExists(db, code))) throw new DomainError('TALENT_UNKNOWN_REGION', { code });
}

export const majorRef = (majors: Map<string, MajorRow>, code: string) => {
  const major = majors.get(code);
  return { code, name: major?.name ?? code, level: major?.level ?? '' };
};

export { regionFullNames };
