/** What other modules may use from notifications: the 提醒设置 of a body, a call, a report cycle or a survey. */
export { ReminderRulesPanel } from './components/ReminderRulesPanel';
export type { ReminderScope } from './hooks/use-reminder-rules';
