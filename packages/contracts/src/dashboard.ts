/** The workbench (工作台): what needs the signed-in user's attention, by the roles they hold. */
import { z } from 'zod';

export const DASHBOARD_SEVERITIES = ['info', 'warning', 'danger'] as const;
export type DashboardSeverity = (typeof DASHBOARD_SEVERITIES)[number];

export const ZDashboardItem = z.object({
  /** Stable per kind of item (and per record when several appear, e.g. one per body). */
  key: z.string(),
  severity: z.enum(DASHBOARD_SEVERITIES),
  /** In the request's language. */
  title: z.string(),
  count: z.number().int(),
  description: z.string(),
  /** A path of the web UI where the user acts on it. */
  link: z.string(),
});
export type TDashboardItem = z.infer<typeof ZDashboardItem>;

export const ZDashboard = z.object({ items: z.array(ZDashboardItem) });
export type TDashboard = z.infer<typeof ZDashboard>;
