/**
 * Records what a pg pool sends: statement text, name (if prepared), parameters, and the phase — statements
 * started together (no answer arrived in between) share a phase and were sent concurrently, as with `Promise.all`.
 */
import type pg from 'pg';
import type { RecordedStatement } from './recorded-sql.js';

export function recordStatements(pool: pg.Pool): RecordedStatement[] {
  const recorded: RecordedStatement[] = [];
  const send = pool.query.bind(pool) as (config: unknown, values?: unknown[]) => Promise<unknown>;
  let phase = 0;
  let answeredSinceLastStart = true;
  const recording = (config: unknown, values?: unknown[]) => {
    if (answeredSinceLastStart) phase += 1;
    answeredSinceLastStart = false;
    const { text, name } = typeof config === 'string' ? { text: config, name: undefined } : (config as { text: string; name?: string });
    recorded.push({ text, ...(name ? { name } : {}), values: values ?? (config as { values?: unknown[] }).values ?? [], phase });
    return send(config, values).finally(() => {
      answeredSinceLastStart = true;
    });
  };
  pool.query = recording as typeof pool.query;
  return recorded;
}

/** The parameter that differs between two recordings of the same statement, e.g. the row offset of two pages. */
export function differingParameter(a: RecordedStatement, b: RecordedStatement): number {
  if (a.text !== b.text) throw new Error('The statement text depends on the page number; cannot replay it');
  const differing = a.values.flatMap((value, index) => (value === b.values[index] ? [] : [index]));
  if (differing.length !== 1) {
    throw new Error(`Expected one differing parameter, got ${differing.length}: ${JSON.stringify([a.values, b.values])}`);
  }
  return differing[0]!;
}
