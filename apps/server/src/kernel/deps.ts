import type { AppConfig } from './config.js';
import type { DatabaseHandle } from './db/database.js';
import type { Clock } from './time/clock.js';

/** What the application is built from; tests build it with their own database and configuration. */
export interface AppDeps {
  config: AppConfig;
  database: DatabaseHandle;
  secretKey: string;
  /** Where business time comes from: the system clock in production, a fixed or movable one in tests. */
  clock: Clock;
}
