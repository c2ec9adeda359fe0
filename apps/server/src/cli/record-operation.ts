/**
 * Backups carry everyone's personal data and a restore rewrites history, so both leave an audit entry
 * naming who ran them (docs/sources.md 5.4). The entry is written after the operation succeeds.
 */
import { openConfiguredDatabase, prepareDatabase } from '../bootstrap.js';
import { type AuditEvent, recordAudit } from '../kernel/audit/audit.service.js';
import type { AppConfig } from '../kernel/config.js';
import { cliActor, type CliIo } from './io.js';

export async function recordOperation(
  config: AppConfig,
  io: CliIo,
  event: AuditEvent,
  options: { migrateFirst?: boolean } = {},
): Promise<void> {
  const database = await openConfiguredDatabase(config, `cli ${event.action}`);
  try {
    if (options.migrateFirst) await prepareDatabase(database);
    await database.db.transaction((tx) => recordAudit(tx, cliActor(io.env), event));
  } finally {
    await database.close();
  }
}
