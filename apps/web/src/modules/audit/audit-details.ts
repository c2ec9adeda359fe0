/**
 * Reading an audit entry's details. Services record changes in two shapes: `changes: { field: [before, after] }`
 * for edited records, and `before` / `after` for replaced sets (a role's permissions). Both become rows of
 * field, before, after; everything else in the details is listed as it is.
 */
export interface FieldChange {
  /** Null when the whole value was replaced (before/after at the top of the details). */
  field: string | null;
  before: unknown;
  after: unknown;
}

export interface ReadableDetails {
  changes: FieldChange[];
  other: [key: string, value: unknown][];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPair(value: unknown): value is [unknown, unknown] {
  return Array.isArray(value) && value.length === 2;
}

function fieldChanges(changes: Record<string, unknown>): FieldChange[] | null {
  const entries = Object.entries(changes);
  if (!entries.every(([, pair]) => isPair(pair))) return null;
  return entries.map(([field, pair]) => {
    const [before, after] = pair as [unknown, unknown];
    return { field, before, after };
  });
}

function beforeAfter(before: unknown, after: unknown): FieldChange[] {
  if (!isPlainObject(before) || !isPlainObject(after)) return [{ field: null, before, after }];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

export function readDetails(details: Record<string, unknown>): ReadableDetails {
  const { changes, before, after, ...rest } = details;
  const rows: FieldChange[] = [];
  const other: [string, unknown][] = [];
  const pairs = isPlainObject(changes) ? fieldChanges(changes) : null;
  if (pairs) rows.push(...pairs);
  else if (changes !== undefined) other.push(['changes', changes]);
  if ('before' in details || 'after' in details) rows.push(...beforeAfter(before ?? null, after ?? null));
  other.push(...Object.entries(rest));
  return { changes: rows, other };
}

/** A value as a line of text: lists of plain values joined, anything structured as compact JSON. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return value.length === 0 ? '—' : value.join('、');
  }
  return JSON.stringify(value);
}
