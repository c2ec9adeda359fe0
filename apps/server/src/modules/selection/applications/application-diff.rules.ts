/**
 * Field-level differences between two versions of a 推荐书 (every version is kept and differences between
 * versions can be seen). Rows of the member tables are matched by their id, so inserting a row reports one added
 * row rather than every later row as changed; lists of plain values (majors, industries) compare as a whole.
 */
export type DiffPath = (string | number)[];

export interface FieldDiff {
  path: DiffPath;
  kind: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
}

type Row = { id: string } & Record<string, unknown>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isRowList(value: unknown): value is Row[] {
  return Array.isArray(value) && value.every((item) => isPlainObject(item) && typeof item.id === 'string');
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function diffRows(before: Row[], after: Row[], path: DiffPath, out: FieldDiff[]) {
  const afterIds = new Set(after.map((row) => row.id));
  before.forEach((row, index) => {
    if (!afterIds.has(row.id)) out.push({ path: [...path, index], kind: 'removed', before: row, after: null });
  });
  const beforeById = new Map(before.map((row) => [row.id, row]));
  after.forEach((row, index) => {
    const old = beforeById.get(row.id);
    if (!old) out.push({ path: [...path, index], kind: 'added', before: null, after: row });
    else walk(old, row, [...path, index], out);
  });
}

function walk(before: unknown, after: unknown, path: DiffPath, out: FieldDiff[]) {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) walk(before[key], after[key], [...path, key], out);
    return;
  }
  const emptyList = (value: unknown) => Array.isArray(value) && value.length === 0;
  if ((isRowList(before) || emptyList(before)) && (isRowList(after) || emptyList(after)) && !(emptyList(before) && emptyList(after))) {
    diffRows(before as Row[], after as Row[], path, out);
    return;
  }
  if (same(before, after)) return;
  const absent = (value: unknown) => value === undefined || value === null;
  const kind = absent(before) ? 'added' : absent(after) ? 'removed' : 'changed';
  out.push({ path, kind, before: before ?? null, after: after ?? null });
}

export function diffContent(before: unknown, after: unknown): FieldDiff[] {
  const out: FieldDiff[] = [];
  walk(before, after, [], out);
  return out;
}
