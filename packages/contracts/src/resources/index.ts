export * from './survey.js';
export * from './database.js';
export * from './messages.js';
export * from './capability.js';
export * from './exchange.js';
export * from './courses.js';
export * from './recognition.js';
export * from './people.js';
