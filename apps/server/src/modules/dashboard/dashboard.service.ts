/** The dashboard: every provider's items for the signed-in user, most urgent first, in their language. */
import type { Locale, TDashboard, TDashboardItem } from '@chanjiao/contracts';
import type { DashboardContext, DashboardEntry, DashboardProvider } from './dashboard.types.js';

const URGENCY = { danger: 0, warning: 1, info: 2 } as const;

function localise(entry: DashboardEntry, locale: Locale): TDashboardItem {
  return { ...entry, title: entry.title[locale], description: entry.description[locale] };
}

export async function buildDashboard(ctx: DashboardContext, providers: DashboardProvider[], locale: Locale): Promise<TDashboard> {
  const entries = (await Promise.all(providers.map((provide) => provide(ctx)))).flat();
  // A stable order: urgency, then the order the providers gave.
  const ordered = entries.map((entry, index) => ({ entry, index }));
  ordered.sort((a, b) => URGENCY[a.entry.severity] - URGENCY[b.entry.severity] || a.index - b.index);
  return { items: ordered.map(({ entry }) => localise(entry, locale)) };
}
