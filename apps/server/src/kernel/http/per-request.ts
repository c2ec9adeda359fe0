/**
 * A record loaded once per request: a route's policy scope and its handler often need the same record (the cycle
 * whose authority the policy checks is the cycle the handler presents), and the second look-up would cost a query.
 * The value is kept with the request object and goes with it: nothing is shared between requests, users or
 * instances, so it is no cache to invalidate.
 */
import type { FastifyRequest } from 'fastify';

export function perRequest<T>(load: (request: FastifyRequest) => Promise<T>): (request: FastifyRequest) => Promise<T> {
  const loaded = new WeakMap<FastifyRequest, Promise<T>>();
  return (request) => {
    let value = loaded.get(request);
    if (value === undefined) {
      value = load(request);
      loaded.set(request, value);
    }
    return value;
  };
}
