/**
 * How the web talks to the server. Cookies carry the session; every request that changes something repeats
 * the CSRF token from the readable `cj_csrf` cookie in the `x-csrf-token` header, as the server checks.
 * Failures become `ApiError` with the server's stable code and its message, already in the user's language.
 */
import type { ApiErrorBody } from '@chanjiao/contracts/errors';
import { getLocale, translate } from '../i18n';
import { APP_MESSAGES } from '../messages';

const CSRF_COOKIE = 'cj_csrf';
const CSRF_HEADER = 'x-csrf-token';
/** Codes after which the user must sign in again; other 401s (wrong password, code required) are answers. */
const SESSION_ENDED = new Set(['UNAUTHENTICATED', 'SESSION_EXPIRED']);
/** Refusals until the user finishes a step on their account (the shell's gates then show where). */
const ACCOUNT_STEPS = new Set(['PASSWORD_CHANGE_REQUIRED', 'TOTP_ENROLMENT_REQUIRED']);

export interface FieldProblem {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly params: Record<string, unknown> = {},
    /** The whole response body, for endpoints that add details beside `error` (e.g. import row errors). */
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get sessionEnded(): boolean {
    return this.status === 401 && SESSION_ENDED.has(this.code);
  }

  get accountStepRequired(): boolean {
    return this.status === 403 && ACCOUNT_STEPS.has(this.code);
  }

  /** The server or its database is briefly unavailable; trying again later can succeed. */
  get temporary(): boolean {
    return this.status === 503 || this.status === 0;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** The shell registers what to do when a session ends or the service is down; the api stays UI-free. */
interface ApiEventHandlers {
  sessionEnded(error: ApiError): void;
  accountStepRequired(error: ApiError): void;
  unavailable(error: ApiError): void;
}
let handlers: ApiEventHandlers | null = null;

export function setApiEventHandlers(next: ApiEventHandlers | null): void {
  handlers = next;
}

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

/** The query string without empty filters (undefined, null, ''), which the server would otherwise reject. */
export function queryString(query?: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

export function buildUrl(path: string, query?: Query): string {
  const search = queryString(query);
  return search ? `${path}?${search}` : path;
}

function message(key: 'error.network' | 'error.http', params?: Record<string, unknown>): string {
  return translate(APP_MESSAGES, getLocale(), key, params);
}

async function errorFrom(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy or gateway answered with something other than our JSON; the status still tells the story.
  }
  const error = (body as Partial<ApiErrorBody> | null)?.error;
  if (!error?.code) {
    return new ApiError(response.status, `HTTP_${response.status}`, message('error.http', { status: response.status }), [], {}, body);
  }
  return new ApiError(response.status, error.code, error.message, error.fields ?? [], error.params ?? {}, body);
}

function notify(error: ApiError): ApiError {
  if (error.sessionEnded) handlers?.sessionEnded(error);
  else if (error.accountStepRequired) handlers?.accountStepRequired(error);
  else if (error.temporary) handlers?.unavailable(error);
  return error;
}

/**
 * Sends a request the way the server expects it: the session cookie, the user's language and, for a change,
 * the CSRF token. A refusal or an unreachable server becomes an `ApiError`, after the shell was told.
 */
export async function send(request: Request): Promise<Response> {
  const { headers } = request;
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  headers.set('Accept-Language', getLocale());
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers.set(CSRF_HEADER, csrf);
  }
  let response: Response;
  try {
    response = await fetch(request);
  } catch {
    throw notify(new ApiError(0, 'NETWORK_ERROR', message('error.network')));
  }
  if (!response.ok) throw notify(await errorFrom(response));
  return response;
}

/** Where requests go: the page's own origin (a fixed one outside a browser, e.g. in unit tests). */
export const API_ORIGIN = globalThis.location?.origin ?? 'http://localhost';

/** `attachment; filename*=UTF-8''%E7%BB%84%E7%BB%87.xlsx` → 组织.xlsx */
export function filenameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A malformed encoding falls through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1];
  return plain?.trim() || fallback;
}

/**
 * Downloads a file through fetch rather than a plain link, so that a refusal (expired session, missing
 * permission) shows the server's message instead of a page of JSON.
 */
export async function downloadFile(path: string, query: Query | undefined, fallbackName: string): Promise<void> {
  const request = new Request(new URL(buildUrl(path, query), API_ORIGIN), { headers: { Accept: '*/*' }, credentials: 'same-origin' });
  const response = await send(request);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filenameFrom(response.headers.get('Content-Disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob only after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
