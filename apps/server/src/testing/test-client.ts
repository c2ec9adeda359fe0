/**
 * A typed client for route tests: each call names the contract schema the route answers with (the one in its
 * `schema.response`), and gets back the parsed, typed body — so a test reads `meeting.items[0].result.passed`
 * with the compiler checking the path, and a response that does not match the contract fails the test. A status
 * other than the expected one fails with the response body, which says why the server refused.
 */
import type { ApiErrorBody, ErrorCode } from '@chanjiao/contracts';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { z } from 'zod';
import { login, type Session, type TestContext } from './test-app.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface CallOptions {
  /** The status the route answers with on success; by default any 2xx. */
  status?: number;
  query?: InjectOptions['query'];
  headers?: InjectOptions['headers'];
}

export interface Refusal {
  status: number;
  error: ApiErrorBody['error'];
}

export interface TestClient {
  readonly session: Session;
  get<S extends z.ZodType>(url: string, schema: S, options?: CallOptions): Promise<z.output<S>>;
  post<S extends z.ZodType>(url: string, schema: S, payload?: InjectOptions['payload'], options?: CallOptions): Promise<z.output<S>>;
  put<S extends z.ZodType>(url: string, schema: S, payload?: InjectOptions['payload'], options?: CallOptions): Promise<z.output<S>>;
  patch<S extends z.ZodType>(url: string, schema: S, payload?: InjectOptions['payload'], options?: CallOptions): Promise<z.output<S>>;
  delete<S extends z.ZodType>(url: string, schema: S, options?: CallOptions): Promise<z.output<S>>;
  /** A request the server must refuse with this error code: returns the status and the error to check further. */
  refused(method: Method, url: string, code: ErrorCode, payload?: InjectOptions['payload']): Promise<Refusal>;
}

function describeCall(method: Method, url: string, response: LightMyRequestResponse): string {
  return `${method} ${url} answered ${response.statusCode}: ${response.body}`;
}

async function call<S extends z.ZodType>(
  session: Session,
  method: Method,
  url: string,
  schema: S,
  payload: InjectOptions['payload'],
  options: CallOptions = {},
): Promise<z.output<S>> {
  const response = await session.request({
    method,
    url,
    query: options.query,
    headers: options.headers,
    ...(payload === undefined ? {} : { payload }),
  });
  const expected =
    options.status === undefined ? response.statusCode >= 200 && response.statusCode < 300 : response.statusCode === options.status;
  if (!expected) {
    throw new Error(`${describeCall(method, url, response)} (expected ${options.status ?? '2xx'})`);
  }
  const parsed = schema.safeParse(response.json());
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; ');
    throw new Error(`${method} ${url}: the body does not match its contract (${issues}): ${response.body}`);
  }
  return parsed.data;
}

export function clientOf(session: Session): TestClient {
  return {
    session,
    get: (url, schema, options) => call(session, 'GET', url, schema, undefined, options),
    post: (url, schema, payload, options) => call(session, 'POST', url, schema, payload, options),
    put: (url, schema, payload, options) => call(session, 'PUT', url, schema, payload, options),
    patch: (url, schema, payload, options) => call(session, 'PATCH', url, schema, payload, options),
    delete: (url, schema, options) => call(session, 'DELETE', url, schema, undefined, options),
    refused: async (method, url, code, payload) => {
      const response = await session.request({ method, url, ...(payload === undefined ? {} : { payload }) });
      const body = response.json() as Partial<ApiErrorBody>;
      if (response.statusCode < 400 || body.error?.code !== code) {
        throw new Error(`${describeCall(method, url, response)} (expected the error ${code})`);
      }
      return { status: response.statusCode, error: body.error };
    },
  };
}

/** Signs the user in and returns a typed client acting as them. */
export async function asUser(ctx: TestContext, user: string | { username: string; totpSecret?: string }): Promise<TestClient> {
  return clientOf(await login(ctx.app, user));
}
