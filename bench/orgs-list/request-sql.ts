/**
 * Every statement one authenticated list request of the application sends — the session lookup, the page,
 * the count and whatever else — recorded from the real application (in this process, through inject).
 * Replaying them without the framework separates "more database work" from "framework work".
 */
import { buildApp } from '../../apps/server/src/app.js';
import { bootstrap } from '../../apps/server/src/bootstrap.js';
import { benchAppConfig } from './app-config.js';
import { listPath } from './http.js';
import type { RecordedStatement, RequestSql } from './recorded-sql.js';
import { differingParameter, recordStatements } from './statement-recorder.js';

export async function captureRequestSql(databaseUrl: string, username: string, password: string): Promise<RequestSql> {
  const deps = await bootstrap(benchAppConfig(databaseUrl));
  const app = await buildApp(deps, { logger: false });
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-session-transport': 'bearer' },
      payload: { username, password },
    });
    const headers = { authorization: `Bearer ${(login.json() as { token: string }).token}` };
    // What the app reads once and keeps (region names) is not per-request work: one request first fills it.
    const warmUp = await app.inject({ method: 'GET', url: listPath(1), headers });
    if (warmUp.statusCode !== 200) throw new Error(`List request failed before recording: ${warmUp.statusCode} ${warmUp.body}`);
    const recorded = recordStatements(deps.database.pool!);
    const pages = [2, 3].map((page) => ({ page, from: 0, to: 0 }));
    for (const entry of pages) {
      entry.from = recorded.length;
      const response = await app.inject({ method: 'GET', url: listPath(entry.page), headers });
      if (response.statusCode !== 200) throw new Error(`List request failed while recording: ${response.statusCode} ${response.body}`);
      entry.to = recorded.length;
    }
    const [second, third] = pages.map((entry) => recorded.slice(entry.from, entry.to)) as [RecordedStatement[], RecordedStatement[]];
    if (second.length !== third.length) throw new Error('Two list requests sent different numbers of statements');
    const pageStatement = second.findIndex((statement, index) => JSON.stringify(statement.values) !== JSON.stringify(third[index]!.values));
    if (pageStatement < 0) throw new Error('Could not find the page query among the recorded statements');
    const firstPhase = second[0]!.phase - 1;
    return {
      statements: second.map((statement) => ({ ...statement, phase: statement.phase - firstPhase })),
      pageStatement,
      offsetIndex: differingParameter(second[pageStatement]!, third[pageStatement]!),
    };
  } finally {
    await app.close();
    await deps.database.close();
  }
}
