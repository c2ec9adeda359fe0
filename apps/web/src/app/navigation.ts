/** Where sign-in sends the user afterwards: the page they wanted, if it is one of ours. */

/**
 * Only paths of this site, so a crafted `?next=//evil.example` (or `/\evil.example`, which browsers read the
 * same way) cannot send the user elsewhere after sign-in.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next[1] === '/' || next[1] === '\\') return '/';
  return next.startsWith('/login') ? '/' : next;
}

export function loginPathFor(location: { pathname: string; search: string }): string {
  const target = `${location.pathname}${location.search}`;
  return target === '/' ? '/login' : `/login?next=${encodeURIComponent(target)}`;
}
