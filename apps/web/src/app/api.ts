/**
 * The one way the web talks to the server. Cookies carry the session; every request that changes something
 * repeats the CSRF token from the readable `cj_csrf` cookie in the `x-csrf-token` header, as the server checks.
 * Failures become `ApiError` with the server's stable code and its message, already in the user's language.
 */
import type { ApiErrorBody } from '@chanjiao/contracts/errors';
import { getLocale, translate } from './i18n';
import { APP_MESSAGES } from './messages';

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

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
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
  if (!error?.code) return new ApiError(response.status, `HTTP_${response.status}`, message('error.http', { status: response.status }), [], {}, body);
  return new ApiError(response.status, error.code, error.message, error.fields ?? [], error.params ?? {}, body);
}

function notify(error: ApiError): ApiError {
  if (error.sessionEnded) handlers?.sessionEnded(error);
  else if (error.accountStepRequired) handlers?.accountStepRequired(error);
  else if (error.temporary) handlers?.unavailable(error);
  return error;
}

interface SendOptions {
  body?: BodyInit;
  contentType?: string;
  accept?: string;
}

async function send(method: string, url: string, options: SendOptions = {}): Promise<Response> {
  const { body, contentType, accept = 'application/json' } = options;
  const headers: Record<string, string> = { Accept: accept, 'Accept-Language': getLocale() };
  if (contentType) headers['Content-Type'] = contentType;
  if (method !== 'GET' && method !== 'HEAD') {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers[CSRF_HEADER] = csrf;
  }
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw notify(new ApiError(0, 'NETWORK_ERROR', message('error.network')));
  }
  if (!response.ok) throw notify(await errorFrom(response));
  return response;
}

async function json<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

function jsonPayload(body: unknown): SendOptions {
  return body === undefined ? {} : { body: JSON.stringify(body), contentType: 'application/json' };
}

export const api = {
  async get<T>(path: string, query?: Query): Promise<T> {
    return json<T>(await send('GET', buildUrl(path, query)));
  },
  async post<T>(path: string, body?: unknown): Promise<T> {
    return json<T>(await send('POST', path, jsonPayload(body)));
  },
  async patch<T>(path: string, body: unknown): Promise<T> {
    return json<T>(await send('PATCH', path, jsonPayload(body)));
  },
  async put<T>(path: string, body: unknown): Promise<T> {
    return json<T>(await send('PUT', path, jsonPayload(body)));
  },
  async delete<T>(path: string): Promise<T> {
    return json<T>(await send('DELETE', path));
  },
  /** Multipart upload; the browser sets the boundary, so no Content-Type here. */
  async upload<T>(path: string, form: FormData): Promise<T> {
    return json<T>(await send('POST', path, { body: form }));
  },
};

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
  const response = await send('GET', buildUrl(path, query), { accept: '*/*' });
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
