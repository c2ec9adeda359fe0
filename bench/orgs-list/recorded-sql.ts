/**
 * SQL recorded from the application, in a form a child process can receive as JSON and replay for any
 * page. Nothing here imports the application, so the bare server loads none of it.
 */
export interface RecordedStatement {
  text: string;
  values: unknown[];
  /** Statements of one phase were sent concurrently; a phase starts after an answer of the previous one. */
  phase: number;
}

/** The organisation list's two queries (listOrgs in the repository). */
export interface ListSql {
  pageText: string;
  countText: string;
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
