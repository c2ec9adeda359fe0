import type { AppConfig } from './config.js';
import type { DatabaseHandle } from './db/database.js';

/** What the application is built from; tests build it with their own database and configuration. */
export interface AppDeps {
  config: AppConfig;
  database: DatabaseHandle;
  secretKey: string;
  now?: () => Date;
}
