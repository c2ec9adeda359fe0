import type { ReportStatus } from '@chanjiao/contracts/reports/index';

/** One colour per state of the review chain, the same on every page. */
export const STATUS_COLORS: Record<ReportStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  returned: 'orange',
  reviewed: 'purple',
  approved: 'green',
};
