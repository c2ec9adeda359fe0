/**
 * The platform's HTTP API as a script would call it, for the setup of a journey: what a journey needs to exist
 * but is not what it walks through (another journey does that in the browser). A bearer session, so no cookies
 * and no CSRF header.
 */
import { baseUrl } from './browser.js';
import { DEMO_PASSWORD } from './login.js';

export interface ApiSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
}

async function call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'x-session-transport': 'bearer' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl()}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Signs in as a demo account (password Chanjiao2026) and returns its session. */
export async function apiSession(username: string, password = DEMO_PASSWORD): Promise<ApiSession> {
  const { token } = await call<{ token: string }>('POST', '/api/auth/login', null, { username, password });
  return {
    get: (path) => call('GET', path, token),
    post: (path, body) => call('POST', path, token, body),
    put: (path, body) => call('PUT', path, token, body),
    patch: (path, body) => call('PATCH', path, token, body),
  };
}
