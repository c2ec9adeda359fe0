import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router-dom';

/**
 * A route whose page is a separate chunk, fetched on first visit: `lazy: lazyPage(() => import('./pages/X'))`.
 * Pages export their component as default.
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>): RouteObject['lazy'] {
  return async () => ({ Component: (await load()).default });
}
