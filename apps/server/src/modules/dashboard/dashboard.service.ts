/** The dashboard: every provider's items for the signed-in user, most urgent first, in their language. */
import type { Locale, TDashboard, TDashboardItem } from '@chanjiao/contracts';
import { scopeNames } from '../accounts/index.js';
import type { DashboardContext, DashboardEntry, DashboardProvider } from './dashboard.types.js';

const URGENCY = { danger: 0, warning: 1, info: 2 } as const;

function localise(entry: DashboardEntry, locale: Locale): TDashboardItem {
  return { ...entry, title: entry.title[locale], description: entry.description[locale] };
}

/** A request's context: one lookup of every name its providers may ask for, started by the first that asks. */
export function dashboardContext(base: Omit<DashboardContext, 'scopeName'>): DashboardContext {
  let names: Promise<Map<string, string>> | undefined;
  const scopeIds = () => [...new Set(base.auth.grants.flatMap((grant) => (grant.scopeId ? [grant.scopeId] : [])))];
  return {
    ...base,
    scopeName: async (id) => {
      names ??= scopeNames(base.db, scopeIds());
      return (await names).get(id) ?? '';
    },
  };
}

/** Providers run together: each is a few small statements, and the pool (or PGlite's queue) serves them side by side. */
export async function buildDashboard(ctx: DashboardContext, providers: DashboardProvider[], locale: Locale): Promise<TDashboard> {
  const entries = (await Promise.all(providers.map((provide) => provide(ctx)))).flat();
  // A stable order: urgency, then the order the providers gave.
  const ordered = entries.map((entry, index) => ({ entry, index }));
  ordered.sort((a, b) => URGENCY[a.entry.severity] - URGENCY[b.entry.severity] || a.index - b.index);
  return { items: ordered.map(({ entry }) => localise(entry, locale)) };
}
