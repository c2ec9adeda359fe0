/**
 * The API routes an application declared, with their policies, as the kernel saw them being added.
 * `policy.test.ts` walks this list with every role, so a new route is checked the day it is added.
 */
import type { FastifyInstance } from 'fastify';
import type { RoutePolicy } from './context.js';

export interface RegisteredRoute {
  method: string;
  url: string;
  policy: RoutePolicy;
  /** Whether the route validates a request body, so a caller knows to send one. */
  hasBody: boolean;
}

const registries = new WeakMap<FastifyInstance, RegisteredRoute[]>();

export function rememberRoute(app: FastifyInstance, route: RegisteredRoute): void {
  // Fastify adds a HEAD twin for every GET; it shares the GET's policy and handler.
  if (route.method === 'HEAD') return;
  const routes = registries.get(app) ?? [];
  routes.push(route);
  registries.set(app, routes);
}

export function registeredRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  return registries.get(app) ?? [];
}
