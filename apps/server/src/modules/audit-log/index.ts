export { auditLogRoutes } from './audit-log.routes.js';
export { formatShanghai, shanghaiDayStart } from './shanghai-time.js';
