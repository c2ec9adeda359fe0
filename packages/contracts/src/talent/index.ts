export * from './demand-supply.js';
export * from './gaps.js';
export * from './messages.js';
export * from './lists.js';
export * from './placements.js';
export * from './reports.js';
export * from './adjustments.js';
export * from './matching.js';
