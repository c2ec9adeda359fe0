/**
 * Names of the score sheet's form fields. antd reads a dot inside a name as a path, so a point's code ('1.1') is
 * keyed with '_' in the form; the server names the same field `scores.1.1`, which must land on that input.
 */
import { type NamePath, namePathOf } from '../../app/forms';

export const scoreFieldKey = (code: string) => code.replaceAll('.', '_');

const SCORE_PREFIX = 'scores.';

/** The form's name of a field the server names in a validation error. */
export function scoreSheetFieldName(path: string): NamePath {
  return path.startsWith(SCORE_PREFIX) ? ['scores', scoreFieldKey(path.slice(SCORE_PREFIX.length))] : namePathOf(path);
}
