/** The benchmark's own HTTP calls: signing in with a bearer token and reading one page of the list. */
export const REGION = '320500';
export const PAGE_SIZE = 20;

export const LIST_ROUTE = '/api/organizations';
/** The bare server's replay of every statement the application sends for one list request. */
export const REPLAY_ROUTE = '/replay/organizations';

export function listPath(page: number, route = LIST_ROUTE): string {
  return `${route}?region=${REGION}&sort=name&page=${page}&pageSize=${PAGE_SIZE}`;
}

export async function loginForToken(origin: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-session-transport': 'bearer' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) throw new Error(`Sign-in as ${username} failed: ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}

export interface ListPage {
  items: { id: string; name: string }[];
  total: number;
}

export async function fetchPage(origin: string, page: number, headers: Record<string, string> = {}, route = LIST_ROUTE): Promise<ListPage> {
  const response = await fetch(`${origin}${listPath(page, route)}`, { headers });
  if (!response.ok) throw new Error(`GET ${listPath(page, route)} on ${origin}: ${response.status} ${await response.text()}`);
  return (await response.json()) as ListPage;
}

/** Every server must return the same rows in the same order, or the comparison compares different work. */
export async function assertSamePages(appOrigin: string, appHeaders: Record<string, string>, bareOrigin: string, pages: number[]) {
  for (const page of pages) {
    const app = await fetchPage(appOrigin, page, appHeaders);
    if (app.items.length === 0) throw new Error(`Page ${page} is empty; the benchmark data has too few organisations in ${REGION}`);
    for (const route of [LIST_ROUTE, REPLAY_ROUTE]) {
      const bare = await fetchPage(bareOrigin, page, {}, route);
      const same = app.total === bare.total && app.items.map((item) => item.id).join() === bare.items.map((item) => item.id).join();
      if (!same) throw new Error(`Page ${page} differs between the app (${app.total} rows) and the bare ${route} (${bare.total} rows)`);
    }
  }
}

/** Visits every page in a fixed scattered order (not 1, 2, 3 …), so no single page stays hot in a cache. */
export function pageCycle(pageCount: number, route = LIST_ROUTE): () => string {
  const stride = [7, 11, 13, 17].find((candidate) => pageCount % candidate !== 0) ?? 1;
  let step = 0;
  return () => listPath(((step++ * stride) % pageCount) + 1, route);
}
