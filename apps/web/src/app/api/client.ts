/**
 * The typed API client. Paths, parameters, bodies and answers come from the server's OpenAPI document
 * (`schema.d.ts`, written by `npm run api:generate` from the routes' zod schemas), so a call that does not
 * match its route fails type-checking. Requests go through `send`: session cookie, language, CSRF token, and
 * a refusal thrown as `ApiError`.
 */
import createClient from 'openapi-fetch';
import { API_ORIGIN, queryString, send } from './http';
import type { components, paths } from './schema';

/** The contracts' schemas as the server sends them (`Schemas['OrgPage']`) and as it takes them (`…Input`). */
export type Schemas = components['schemas'];

export const client = createClient<paths>({
  baseUrl: API_ORIGIN,
  credentials: 'same-origin',
  fetch: send,
  querySerializer: queryString,
});

/**
 * The body of a successful answer: `unwrap(client.GET('/api/organizations/{id}', { params: { path: { id } } }))`.
 * Failures never get here, `send` threw them. Name the type (`unwrap<TThing>(…)`) only for a route that declares
 * no response schema.
 */
export async function unwrap<T>(pending: Promise<{ data?: T; response: Response }>): Promise<T> {
  return (await pending).data as T;
}

/** A file upload: the form goes as it is, and the browser writes the multipart Content-Type with its boundary. */
export function multipart(form: FormData) {
  return { body: form as never, bodySerializer: (body: unknown) => body as FormData };
}

/**
 * The id of a record a page may not have yet: its hooks run before the user chose, say, a body, and its
 * changes are offered only after. A change sent without one stops here instead of reaching a wrong path.
 */
export function requireId(id: string | null | undefined): string {
  if (!id) throw new Error('No record is chosen yet');
  return id;
}
