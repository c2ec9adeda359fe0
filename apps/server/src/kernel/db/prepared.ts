/**
 * Statements that run on (nearly) every request are built once per database and kept: drizzle then
 * skips rebuilding their SQL text on each call, and PostgreSQL parses and plans a named statement once
 * per pooled connection instead of once per execution. PGlite runs the same statements unnamed.
 *
 * A prepared query is bound to the executor it was built on (the pool, or one transaction's
 * connection), so the cache is per executor; a transaction's entries go when the transaction object does.
 * Names share one namespace per connection: each distinct SQL text needs its own (`cj_…` by convention).
 */
import type { Executor } from './database.js';

export function perExecutor<T>(build: (db: Executor) => T): (db: Executor) => T {
  const built = new WeakMap<Executor, T>();
  return (db) => {
    let statement = built.get(db);
    if (statement === undefined) {
      statement = build(db);
      built.set(db, statement);
    }
    return statement;
  };
}
