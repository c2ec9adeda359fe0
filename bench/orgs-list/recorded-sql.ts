/**
 * SQL recorded from the application, in a form a child process can receive as JSON and replay for any
 * page. Nothing here imports the application, so the bare server loads none of it.
 */
export interface RecordedStatement {
  text: string;
  /**
   * The name the application prepared the statement under (PostgreSQL then parses and plans it once per
   * connection); the bare server sends it under the same name, so both do the same database work.
   */
  name?: string;
  values: unknown[];
  /** Statements of one phase were sent concurrently; a phase starts after an answer of the previous one. */
  phase: number;
}

/** The organisation list's two queries (listOrgs in the repository). */
export interface ListSql {
  pageText: string;
  countText: string;
  pageName?: string;
  countName?: string;
  /** Parameters of the page query as captured; the one at `offsetIndex` is the row offset. */
  pageParams: unknown[];
  offsetIndex: number;
  countParams: unknown[];
}

/** Every statement of one authenticated list request to the application. */
export interface RequestSql {
  statements: RecordedStatement[];
  /** Which statement is the page query, and which of its parameters is the row offset. */
  pageStatement: number;
  offsetIndex: number;
}

export function withOffset(params: unknown[], offsetIndex: number, page: number, pageSize: number): unknown[] {
  const copy = [...params];
  copy[offsetIndex] = (page - 1) * pageSize;
  return copy;
}

export function pageParamsFor(sql: ListSql, page: number, pageSize: number): unknown[] {
  return withOffset(sql.pageParams, sql.offsetIndex, page, pageSize);
}

export function requestStatementsFor(sql: RequestSql, page: number, pageSize: number): RecordedStatement[] {
  return sql.statements.map((statement, index) =>
    index === sql.pageStatement ? { ...statement, values: withOffset(statement.values, sql.offsetIndex, page, pageSize) } : statement,
  );
}

/** A statement as `pg` takes it: named statements are prepared once per connection, as the app's are. */
export function queryConfig(statement: { text: string; name?: string }, values: unknown[]) {
  return { text: statement.text, values, ...(statement.name ? { name: statement.name } : {}) };
}
