export * from './kind-definition.js';
export * from './catalog.js';
export * from './inbox.js';
export * from './jobs.js';
export * from './email-texts.js';
export * from './reminders.js';
