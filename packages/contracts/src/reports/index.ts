export * from './indicators.js';
export * from './authority-data.js';
export * from './cycles.js';
export * from './messages.js';
export * from './generated.js';
export * from './publication.js';
export * from './compliance.js';
export * from './registers.js';
